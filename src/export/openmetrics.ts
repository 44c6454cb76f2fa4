// The exposition formats Prometheus scrapes: the text format 0.0.4 and OpenMetrics 1.0.0.
// Pure: metric families in, text out. Label values come from processes and are hostile; every one
// goes through escapeLabelValue.

export type MetricType = 'counter' | 'gauge';
export type ExpositionFormat = 'prometheus' | 'openmetrics';

/** Label pairs in output order; names are ours (fixed identifiers), values may be anything. */
export type Labels = readonly (readonly [string, string])[];

export interface MetricSample { labels?: Labels; value: number }

/**
 * One metric family. A counter's `name` is its family name without `_total` (OpenMetrics' rule):
 * the writer appends `_total` to each sample, and in the 0.0.4 format to the HELP/TYPE lines too.
 */
export interface MetricFamily { name: string; type: MetricType; help: string; samples: MetricSample[] }

export const CONTENT_TYPE: Record<ExpositionFormat, string> = {
  prometheus: 'text/plain; version=0.0.4; charset=utf-8',
  openmetrics: 'application/openmetrics-text; version=1.0.0; charset=utf-8',
};

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
// a lone surrogate cannot be encoded as UTF-8: it becomes U+FFFD, as undecodable bytes already did
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `\` `"` and newline escaped as both formats require; text that is not valid Unicode made valid. */
export function escapeLabelValue(s: string): string {
  let out = s.replace(LONE_SURROGATE, '\uFFFD');
  if (/[\\"\n]/.test(out)) out = out.replace(/[\\"\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
  return out;
}

/** HELP text: 0.0.4 escapes `\` and newline; OpenMetrics also `"`. */
export function escapeHelp(s: string, format: ExpositionFormat): string {
  const chars = format === 'openmetrics' ? /[\\"\n]/g : /[\\\n]/g;
  return s.replace(LONE_SURROGATE, '\uFFFD').replace(chars, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

export function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

/** Throws on a name Prometheus would reject: those are ours, so a bad one is a bug, not input. */
function checkFamily(f: MetricFamily): void {
  if (!NAME.test(f.name)) throw new Error(`invalid metric name ${JSON.stringify(f.name)}`);
  if (f.type === 'counter' && f.name.endsWith('_total')) throw new Error(`counter ${f.name}: give the family name without _total`);
  for (const s of f.samples) for (const [k] of s.labels ?? []) {
    if (!LABEL_NAME.test(k) || k.startsWith('__')) throw new Error(`invalid label name ${JSON.stringify(k)} on ${f.name}`);
  }
}

/**
 * The exposition of `families` in `format`. Families without samples are left out (a HELP line with
 * no series says nothing); OpenMetrics ends with `# EOF`. A counter sample that is negative or not
 * finite is dropped: a counter is a count, and Prometheus would reset its rate on it.
 */
export function render(families: readonly MetricFamily[], format: ExpositionFormat): string {
  const out: string[] = [];
  for (const f of families) {
    checkFamily(f);
    const samples = f.type === 'counter' ? f.samples.filter((s) => Number.isFinite(s.value) && s.value >= 0) : f.samples;
    if (!samples.length) continue;
    const sampleName = f.type === 'counter' ? `${f.name}_total` : f.name;
    const headName = format === 'prometheus' ? sampleName : f.name;
    out.push(`# HELP ${headName} ${escapeHelp(f.help, format)}\n# TYPE ${headName} ${f.type}\n`);
    for (const s of samples) {
      const labels = s.labels?.length ? `{${s.labels.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',')}}` : '';
      out.push(`${sampleName}${labels} ${formatValue(s.value)}\n`);
    }
  }
  if (format === 'openmetrics') out.push('# EOF\n');
  return out.join('');
}

/**
 * The format an Accept header asks for: OpenMetrics when it ranks application/openmetrics-text
 * (version 1.0.0 or unversioned) above text/plain, else the 0.0.4 text format (also for a missing
 * or unparseable header, which is what curl and older scrapers send).
 */
export function negotiate(accept: string | undefined): ExpositionFormat {
  if (!accept) return 'prometheus';
  let om = -1;
  let text = -1;
  for (const part of accept.split(',')) {
    const [type, ...params] = part.split(';').map((x) => x.trim().toLowerCase());
    let q = 1;
    let version: string | undefined;
    for (const p of params) {
      const [k, v] = p.split('=').map((x) => x.trim());
      if (k === 'q') q = Number(v);
      else if (k === 'version') version = v;
    }
    if (!Number.isFinite(q) || q <= 0) continue;
    if (type === 'application/openmetrics-text' && (version === undefined || version === '1.0.0')) om = Math.max(om, q);
    else if (type === 'text/plain' || type === '*/*' || type === 'text/*') text = Math.max(text, q);
  }
  return om > text ? 'openmetrics' : 'prometheus';
}
