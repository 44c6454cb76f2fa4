// The extension's opt-in /metrics endpoint (vitals.export.*), run inside the sampler's worker
// thread: its own timer samples, the server answers from that sample. Loopback only.
import type { ExportStatus, ProcessSample } from '../protocol';
import { ExportSampler } from '../export/sample';
import { MetricsServer } from '../export/server';

/** Series sets at most: the editor's tree can be large (a monorepo's language servers and tasks). */
export const EDITOR_MAX_PROCESSES = 100;

export class EditorExport {
  private server: MetricsServer | undefined;
  private port: number | null = null;
  private timer: NodeJS.Timeout | undefined;
  private intervalMs = 2000;
  private editor: { pid: number; role?: string }[] = [];
  private readonly sampler: ExportSampler;

  constructor(log: (m: string) => void) {
    this.sampler = new ExportSampler(log);
  }

  /** The editor's processes, each with its role ("extension host", "Pylance (ms-python.vscode-pylance)"). */
  setProcesses(list: readonly ProcessSample[]): void {
    this.editor = list.map((p) => ({ pid: p.pid, role: p.label ?? p.kind }));
  }

  setInterval(ms: number): void {
    if (ms === this.intervalMs) return;
    this.intervalMs = ms;
    if (this.timer) { clearInterval(this.timer); this.timer = setInterval(() => this.sample(), this.intervalMs); }
  }

  /** Starts, moves or stops the endpoint; resolves with where it listens (or why it does not). */
  async configure(port: number | null): Promise<ExportStatus> {
    if (port === this.port && (this.server || port === null)) return this.status();
    await this.stop();
    this.port = port;
    if (port === null) return this.status();
    const server = new MetricsServer({ host: '127.0.0.1', port, title: 'Vitals (VS Code extension)' });
    try {
      await server.listen();
    } catch (e) {
      return { url: null, error: e instanceof Error ? e.message : String(e) };
    }
    this.server = server;
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    return this.status();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    const s = this.server;
    this.server = undefined;
    if (s) await s.close();
  }

  private status(): ExportStatus {
    const a = this.server?.address;
    return { url: a ? `http://127.0.0.1:${a.port}/metrics` : null };
  }

  private sample(): void {
    this.server?.update(this.sampler.sample({ maxProcesses: EDITOR_MAX_PROCESSES, editor: this.editor }));
  }
}
