// The dashboard's extension host profile: a sorted bar list (extension, ms, %), each expandable to
// its top functions, with its actions. Every string from the profile is set as text.
import type { FromWebview, ProfileRowView, ProfileView } from '../src/protocol';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

const ms = (v: number): string => `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ms`;
const title = (r: ProfileRowView): string => (r.kind === 'extension' && r.name !== r.id ? `${r.name} (${r.id})` : r.name);

export class ProfilePanel {
  readonly el = el('section', 'profile');
  private readonly status = el('p', 'profile-status');
  private readonly summary = el('p', 'profile-summary');
  private readonly list = el('ol', 'profile-list');
  private readonly run = el('button', undefined, 'Profile Extension Host');
  private readonly fileButtons: HTMLButtonElement[] = [];
  private view: ProfileView | undefined;
  private readonly open = new Set<string>();

  constructor(private readonly send: (m: FromWebview) => void) {
    this.el.setAttribute('aria-label', 'Extension host profile');
    this.status.setAttribute('role', 'status');
    this.run.title = 'Profile the extension host (vitals.profile.windowSeconds) and show which extension its time goes to';
    this.run.addEventListener('click', () => this.send({ type: 'profileRun' }));
    const bar = el('div', 'toolbar');
    bar.append(this.run);
    for (const [action, label] of [['text', 'Open as Text'], ['save', 'Save .cpuprofile…']] as const) {
      const b = el('button', undefined, label);
      b.dataset.profileAction = action;
      b.disabled = true;
      b.addEventListener('click', () => this.send({ type: 'profileAction', action }));
      this.fileButtons.push(b);
      bar.append(b);
    }
    this.el.append(el('h2', 'section-title', 'Extension host profile'), bar, this.status, this.summary, this.list);
    this.summary.textContent = 'Which extension is using the extension host\'s CPU: profile it for a few seconds while it is slow.';
  }

  setState(running: boolean, secondsLeft?: number, message?: string): void {
    this.run.disabled = running;
    this.status.textContent = running ? `Profiling… ${secondsLeft ?? ''} s left` : message ?? '';
  }

  show(v: ProfileView): void {
    this.view = v;
    for (const b of this.fileButtons) b.disabled = false;
    this.summary.textContent = `${(v.windowMs / 1000).toFixed(1)} s at ${v.intervalMs} ms (${v.samples} samples), ${new Date(v.time).toLocaleTimeString()}, ${v.trigger}.${v.note ? ` ${v.note}` : ''}`;
    const items = v.rows.map((r) => this.row(r));
    this.list.replaceChildren(...items);
    if (!items.length) this.list.append(el('li', 'profile-empty', 'No samples: V8 took none in this window.'));
  }

  private row(r: ProfileRowView): HTMLLIElement {
    const li = el('li', `profile-row profile-${r.kind}`);
    li.dataset.id = r.id;
    const det = el('details');
    det.open = this.open.has(r.id);
    det.addEventListener('toggle', () => { if (det.open) this.open.add(r.id); else this.open.delete(r.id); });
    const sum = el('summary', 'profile-head');
    const bar = el('span', 'profile-bar');
    bar.setAttribute('aria-hidden', 'true');
    const fill = el('span', 'profile-fill');
    fill.style.width = `${Math.max(0, Math.min(100, r.percent)).toFixed(1)}%`; // of the window
    bar.append(fill);
    sum.append(el('span', 'profile-name', title(r)), bar, el('span', 'profile-ms', ms(r.ms)), el('span', 'profile-pct', `${r.percent.toFixed(1)} %`));
    det.append(sum);
    const body = el('div', 'profile-body');
    body.append(el('p', 'profile-samples', `${r.samples} samples`));
    if (r.childCpu !== undefined) sum.append(el('span', 'profile-kids', `child processes of this extension: ${r.childCpu.toFixed(1)} % CPU`));
    if (r.top.length) {
      const t = el('table', 'profile-top');
      const head = el('tr');
      for (const h of ['self time', 'function', 'file:line']) head.append(el('th', undefined, h));
      t.append(head);
      for (const f of r.top) {
        const tr = el('tr');
        tr.append(el('td', 'num', ms(f.selfMs)), el('td', undefined, f.name), el('td', 'profile-loc', f.location));
        t.append(tr);
      }
      body.append(t);
    }
    if (r.kind === 'extension') {
      const acts = el('div', 'detail-actions');
      for (const [action, label] of [['open', 'Open Extension Page'], ['disable', 'Disable…']] as const) {
        const b = el('button', action === 'disable' ? 'danger' : undefined, label);
        b.dataset.profileAction = action;
        b.addEventListener('click', () => this.send({ type: 'profileAction', action, id: r.id }));
        acts.append(b);
      }
      body.append(acts);
    }
    det.append(body);
    li.append(det);
    return li;
  }

  /** For the extension host's detail pane: runs a profile and scrolls to its result. */
  hostButton(): HTMLButtonElement {
    const b = el('button', undefined, 'Profile Extension Host');
    b.dataset.profileAction = 'run';
    b.title = 'Which extension is using this process\'s CPU';
    b.addEventListener('click', () => { this.send({ type: 'profileRun' }); this.el.scrollIntoView({ block: 'nearest' }); });
    return b;
  }

  get current(): ProfileView | undefined {
    return this.view;
  }
}
