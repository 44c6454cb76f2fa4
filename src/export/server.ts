// The /metrics endpoint of `vitals serve` and of the extension's worker: answers every scrape from
// the exposition of the last sample (rendered once per sample, per format asked for), never reads
// the OS on a request. Bounded: a connection cap, header/request/idle timeouts, GET and HEAD only.
import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { families, type ExportSnapshot } from './metrics';
import { CONTENT_TYPE, negotiate, render, type ExpositionFormat } from './openmetrics';

export interface MetricsServerOptions {
  host: string;
  port: number;
  /** Bearer token: every request without it gets 401. */
  token?: string;
  /** Concurrent connections beyond this are closed at once (default 64). */
  maxConnections?: number;
  /** One line on the first page: what this is. */
  title?: string;
}

export const DEFAULT_PORT = 9465;

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * While bound to loopback, a request must name a loopback host: a web page the user opens cannot
 * read the metrics by pointing its own name at 127.0.0.1 (DNS rebinding; the browser then sends
 * that name as Host).
 */
export function hostAllowed(bindHost: string, header: string | undefined): boolean {
  if (!LOOPBACK.has(bindHost)) return true;
  if (!header) return false;
  const name = header.startsWith('[') ? header.slice(1, header.indexOf(']')) : header.replace(/:\d*$/, '');
  return LOOPBACK.has(name.toLowerCase());
}

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time: both sides are hashed to 32 bytes, so neither the length nor a prefix leaks. */
export function tokenMatches(header: string | undefined, tokenDigest: Buffer): boolean {
  const m = /^Bearer +(.+)$/i.exec(header ?? '');
  const given = digest(m ? m[1].trim() : '');
  return timingSafeEqual(given, tokenDigest) && m !== null;
}

export class MetricsServer {
  private readonly server: http.Server;
  private readonly tokenDigest: Buffer | undefined;
  private snapshot: ExportSnapshot | undefined;
  private readonly rendered = new Map<ExpositionFormat, Buffer>();
  /** gzip of `rendered` (Prometheus asks for it): compressed once per sample and format, on first ask. */
  private readonly gzipped = new Map<ExpositionFormat, Buffer>();
  /** Scrapes answered (the bench and the tests read it). */
  scrapes = 0;

  constructor(private readonly opts: MetricsServerOptions) {
    this.tokenDigest = opts.token === undefined ? undefined : digest(opts.token);
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.maxConnections = opts.maxConnections ?? 64;
    this.server.headersTimeout = 5000;
    this.server.requestTimeout = 10000;
    this.server.keepAliveTimeout = 5000;
    this.server.setTimeout(15000, (socket) => socket.destroy()); // idle sockets (slowloris) go
    this.server.on('clientError', (_err, socket) => { if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'); else socket.destroy(); });
  }

  /** The sample every later scrape shows (until the next update). */
  update(snapshot: ExportSnapshot): void {
    this.snapshot = snapshot;
    this.rendered.clear();
    this.gzipped.clear();
  }

  /** Pre-rendered text (the sampler rendered it elsewhere, e.g. in a worker thread). */
  updateRendered(texts: Record<ExpositionFormat, string>): void {
    this.snapshot = undefined;
    this.rendered.clear();
    this.gzipped.clear();
    this.rendered.set('prometheus', Buffer.from(texts.prometheus, 'utf8'));
    this.rendered.set('openmetrics', Buffer.from(texts.openmetrics, 'utf8'));
  }

  listen(): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      const onError = (e: Error): void => reject(e);
      this.server.once('error', onError);
      this.server.listen(this.opts.port, this.opts.host, () => {
        this.server.off('error', onError);
        resolve(this.server.address() as AddressInfo);
      });
    });
  }

  get address(): AddressInfo | undefined {
    const a = this.server.address();
    return a && typeof a === 'object' ? a : undefined;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private body(format: ExpositionFormat): Buffer | undefined {
    let b = this.rendered.get(format);
    if (!b && this.snapshot) {
      b = Buffer.from(render(families(this.snapshot), format), 'utf8');
      this.rendered.set(format, b);
    }
    return b;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const send = (status: number, text: string, headers: http.OutgoingHttpHeaders = {}): void => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : text);
    };
    if (!hostAllowed(this.opts.host, req.headers.host)) {
      send(403, 'this endpoint answers requests for 127.0.0.1 or localhost only\n');
      return;
    }
    if (this.tokenDigest && !tokenMatches(req.headers.authorization, this.tokenDigest)) {
      send(401, 'a bearer token is required\n', { 'WWW-Authenticate': 'Bearer realm="vitals"' });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, 'GET or HEAD only\n', { Allow: 'GET, HEAD' });
      return;
    }
    const path = (req.url ?? '/').split('?', 1)[0];
    if (path === '/') {
      send(200, `${this.opts.title ?? 'Vitals'}: metrics for Prometheus at /metrics\n`);
      return;
    }
    if (path !== '/metrics') {
      send(404, 'not found; metrics are at /metrics\n');
      return;
    }
    const format = negotiate(req.headers.accept);
    let body = this.body(format);
    if (!body) {
      send(503, 'no sample yet\n', { 'Retry-After': '1' });
      return;
    }
    this.scrapes++;
    const headers: http.OutgoingHttpHeaders = { 'Content-Type': CONTENT_TYPE[format], 'Cache-Control': 'no-store', Vary: 'Accept, Accept-Encoding' };
    if (/\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))) {
      let gz = this.gzipped.get(format);
      if (!gz) { gz = gzipSync(body); this.gzipped.set(format, gz); }
      body = gz;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}

/** Both expositions of one sample (what a sampler thread posts to the thread that serves). */
export function renderBoth(snapshot: ExportSnapshot): Record<ExpositionFormat, string> {
  const f = families(snapshot);
  return { prometheus: render(f, 'prometheus'), openmetrics: render(f, 'openmetrics') };
}
