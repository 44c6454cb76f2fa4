// The process table: an ARIA grid (treegrid in tree mode) that renders only the rows in view
// (a few dozen DOM rows whatever the process count), with full keyboard navigation. Every
// process string goes in through textContent.
import { cellText } from './format';
import { Column, ColumnId, NEW_MS, RowState, SortSpec, VisibleRow } from './model';

export const ROW_HEIGHT = 22;
const OVERSCAN = 6;

export interface GridHandlers {
  select(row: RowState | undefined): void;
  sort(column: ColumnId): void;
  toggle(pid: number, expand: boolean): void;
  open(): void;
  action(kind: 'terminate' | 'kill', row: RowState): void;
}

interface PooledRow { el: HTMLElement; cells: HTMLElement[]; texts: string[]; /** each cell's one text node: setting .data changes the text without replacing nodes */ nodes: Text[]; name: HTMLElement; twisty: HTMLElement; pid: number; classes: string; aria: string; index: number; depth: number }

export class Grid {
  readonly el: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly header: HTMLElement;
  private readonly spacer: HTMLElement;
  private readonly emptyText: HTMLElement;
  private pool: PooledRow[] = [];
  private columns: readonly Column[] = [];
  private rows: VisibleRow[] = [];
  private tree = false;
  private now = 0;
  private selfPid = 0;
  activePid: number | undefined;
  private scrollTop = 0;
  private viewH = 400;
  private headH = ROW_HEIGHT;
  private rowCount = -1;

  constructor(private readonly h: GridHandlers) {
    this.el = document.createElement('div');
    this.el.className = 'grid';
    this.el.tabIndex = 0;
    this.el.setAttribute('role', 'grid');
    this.el.setAttribute('aria-label', 'Processes');
    this.scroller = document.createElement('div');
    this.scroller.className = 'grid-scroll';
    this.header = document.createElement('div');
    this.header.className = 'grid-row grid-head';
    this.header.setAttribute('role', 'row');
    this.header.setAttribute('aria-rowindex', '1');
    const headGroup = document.createElement('div');
    headGroup.setAttribute('role', 'rowgroup');
    headGroup.className = 'grid-headgroup';
    headGroup.append(this.header);
    this.spacer = document.createElement('div');
    this.spacer.className = 'grid-body';
    this.spacer.setAttribute('role', 'rowgroup');
    this.emptyText = document.createElement('p');
    this.emptyText.className = 'empty grid-empty';
    this.emptyText.hidden = true;
    this.scroller.append(headGroup, this.spacer, this.emptyText);
    this.el.append(this.scroller);
    // layout reads are cached: reading them after DOM writes would force a reflow on every tick
    this.scroller.addEventListener('scroll', () => { this.scrollTop = this.scroller.scrollTop; this.paint(); });
    new ResizeObserver(() => {
      this.viewH = this.scroller.clientHeight;
      this.headH = this.header.offsetHeight || ROW_HEIGHT;
      this.paint();
    }).observe(this.scroller);
    this.el.addEventListener('keydown', (e) => this.onKey(e));
  }

  configure(columns: readonly Column[], tree: boolean, sort: SortSpec, selfPid: number): void {
    const template = columns.map((c) => c.width).join(' ');
    this.el.style.setProperty('--grid-columns', template);
    this.el.setAttribute('role', tree ? 'treegrid' : 'grid');
    this.el.setAttribute('aria-colcount', String(columns.length));
    this.selfPid = selfPid;
    const changedCols = columns.map((c) => c.id).join() !== this.columns.map((c) => c.id).join();
    this.columns = columns;
    this.tree = tree;
    this.header.replaceChildren(...columns.map((c, i) => {
      const cell = document.createElement('div');
      cell.className = `grid-cell${c.numeric ? ' num' : ''}`;
      cell.setAttribute('role', 'columnheader');
      cell.setAttribute('aria-colindex', String(i + 1));
      const sorted = sort.column === c.id;
      cell.setAttribute('aria-sort', sorted ? (sort.descending ? 'descending' : 'ascending') : 'none');
      const b = document.createElement('button');
      b.className = 'sort';
      b.dataset.column = c.id;
      b.textContent = c.title + (sorted ? (sort.descending ? ' ▼' : ' ▲') : '');
      b.title = `Sort by ${c.title}`;
      b.addEventListener('click', () => this.h.sort(c.id));
      cell.append(b);
      return cell;
    }));
    if (changedCols) {
      for (const p of this.pool) p.el.remove();
      this.pool = [];
    }
  }

  setEmpty(text: string): void {
    if (this.emptyText.textContent !== text) this.emptyText.textContent = text;
  }

  /** New rows for the table; keeps the active row if it is still there. */
  setRows(rows: VisibleRow[], now: number): void {
    this.rows = rows;
    this.now = now;
    // written only on change: a write, even of the same value, invalidates style for the next frame
    if (this.rowCount !== rows.length) {
      this.rowCount = rows.length;
      this.el.setAttribute('aria-rowcount', String(rows.length + 1));
      this.spacer.style.height = `${rows.length * ROW_HEIGHT}px`;
      this.emptyText.hidden = rows.length > 0;
    }
    if (this.activePid !== undefined && !rows.some((r) => r.row.pid === this.activePid)) {
      this.activePid = undefined;
      this.el.removeAttribute('aria-activedescendant');
      this.h.select(undefined);
    }
    this.paint();
  }

  get visibleRows(): readonly VisibleRow[] {
    return this.rows;
  }

  /** Renders the slice of rows in view into the pooled row elements. */
  private paint(): void {
    const viewH = this.viewH;
    const top = Math.max(0, this.scrollTop - this.headH);
    const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(this.rows.length, Math.ceil((top + viewH) / ROW_HEIGHT) + OVERSCAN);
    const need = Math.max(0, last - first);
    while (this.pool.length < need) this.pool.push(this.makeRow());
    const nowSec = Date.now() / 1000;
    // a process still in view keeps its row element (re-sorting moves it, only changed cells are
    // written); the rest take the elements freed
    const want = new Map<number, number>();
    for (let i = first; i < last; i++) want.set(this.rows[i].row.pid, i - first);
    const slots: (PooledRow | undefined)[] = new Array(need);
    const free: PooledRow[] = [];
    for (const p of this.pool) {
      const k = p.pid >= 0 ? want.get(p.pid) : undefined;
      if (k !== undefined && !slots[k]) slots[k] = p; else free.push(p);
    }
    for (let k = 0; k < need; k++) slots[k] ??= free.pop()!;
    for (const p of free) if (!p.el.hidden) { p.el.hidden = true; p.el.removeAttribute('id'); p.pid = -1; p.index = -1; }
    for (let k = 0; k < need; k++) {
      const p = slots[k]!;
      const i = first + k;
      const v = this.rows[i];
      const r = v.row;
      if (p.el.hidden) p.el.hidden = false;
      if (p.pid !== r.pid) {
        p.pid = r.pid;
        p.el.id = `proc-${r.pid}`;
        p.el.dataset.pid = String(r.pid);
      }
      // only what changed is written: unchanged rows cost no style recalculation
      if (p.index !== i) {
        p.index = i;
        p.el.style.transform = `translateY(${i * ROW_HEIGHT}px)`;
        p.el.setAttribute('aria-rowindex', String(i + 2));
      }
      const active = r.pid === this.activePid;
      const aria = `${active}|${this.tree}|${v.depth}|${v.setsize}|${v.posinset}|${v.hasChildren}|${v.expanded}`;
      if (aria !== p.aria) {
        p.aria = aria;
        p.el.setAttribute('aria-selected', String(active));
        if (this.tree) {
          p.el.setAttribute('aria-level', String(v.depth + 1));
          p.el.setAttribute('aria-setsize', String(v.setsize));
          p.el.setAttribute('aria-posinset', String(v.posinset));
          if (v.hasChildren) p.el.setAttribute('aria-expanded', String(v.expanded)); else p.el.removeAttribute('aria-expanded');
        } else {
          for (const a of ['aria-level', 'aria-setsize', 'aria-posinset', 'aria-expanded']) p.el.removeAttribute(a);
        }
      }
      const classes = `grid-row${active ? ' is-active' : ''}${r.goneAt !== undefined ? ' is-gone' : ''}${r.addedAt && this.now - r.addedAt < NEW_MS ? ' is-new' : ''}${r.pid === this.selfPid ? ' is-self' : ''}`;
      if (classes !== p.classes) { p.el.className = classes; p.classes = classes; }
      const depth = this.tree ? v.depth : 0;
      if (p.depth !== depth) { p.depth = depth; p.cells[0].style.setProperty('--depth', String(depth)); }
      const tw = !this.tree ? '' : v.hasChildren ? (v.expanded ? '▾' : '▸') : '';
      if (p.twisty.textContent !== tw) p.twisty.textContent = tw;
      for (let c = 0; c < this.columns.length; c++) {
        const text = cellText(r, this.columns[c].id, nowSec);
        if (p.texts[c] !== text) {
          p.texts[c] = text;
          p.nodes[c].data = text;
          if (this.columns[c].id === 'cmdline' || this.columns[c].id === 'name') p.cells[c].title = text;
        }
      }
    }
    if (this.activePid !== undefined && this.pool.some((p) => p.pid === this.activePid)) {
      this.el.setAttribute('aria-activedescendant', `proc-${this.activePid}`);
    } else {
      this.el.removeAttribute('aria-activedescendant');
    }
  }

  private makeRow(): PooledRow {
    const el = document.createElement('div');
    el.setAttribute('role', 'row');
    el.className = 'grid-row';
    const cells: HTMLElement[] = [];
    const nodes: Text[] = [];
    let name!: HTMLElement;
    let twisty!: HTMLElement;
    this.columns.forEach((c, i) => {
      const cell = document.createElement('div');
      cell.className = `grid-cell${c.numeric ? ' num' : ''} col-${c.id}`;
      cell.setAttribute('role', i === 0 && this.tree ? 'gridcell' : 'gridcell');
      cell.setAttribute('aria-colindex', String(i + 1));
      if (i === 0) {
        twisty = document.createElement('span');
        twisty.className = 'twisty';
        twisty.setAttribute('aria-hidden', 'true');
        name = document.createElement('span');
        name.className = 'cell-text';
        cell.classList.add('first');
        cell.append(twisty, name);
      }
      const node = document.createTextNode('');
      (i === 0 ? name : cell).append(node);
      nodes.push(node);
      cells.push(cell);
    });
    el.append(...cells);
    const pooled: PooledRow = { el, cells, texts: [], nodes, name, twisty, pid: -1, classes: '', aria: '', index: -1, depth: -1 };
    twisty.addEventListener('click', (e) => {
      e.stopPropagation();
      const v = this.rows.find((r) => r.row.pid === pooled.pid);
      if (v?.hasChildren) this.h.toggle(v.row.pid, !v.expanded);
    });
    el.addEventListener('click', () => {
      const v = this.rows.find((r) => r.row.pid === pooled.pid);
      if (!v) return;
      this.el.focus({ preventScroll: true });
      this.activate(v.row.pid);
    });
    el.addEventListener('dblclick', () => this.h.open());
    this.spacer.append(el);
    return pooled;
  }

  /** Makes `pid` the active (selected) row, scrolling it into view. */
  activate(pid: number | undefined): void {
    if (pid === undefined) return;
    const i = this.rows.findIndex((r) => r.row.pid === pid);
    if (i < 0) return;
    const changed = this.activePid !== pid;
    this.activePid = pid;
    this.scrollToIndex(i);
    this.paint();
    if (changed) this.h.select(this.rows[i].row);
  }

  private scrollToIndex(i: number): void {
    const viewH = this.viewH - this.headH;
    const y = i * ROW_HEIGHT;
    const top = this.scrollTop;
    if (y < top) this.scrollTop = y;
    else if (y + ROW_HEIGHT > top + viewH) this.scrollTop = y + ROW_HEIGHT - viewH;
    else return;
    this.scroller.scrollTop = this.scrollTop;
  }

  private onKey(e: KeyboardEvent): void {
    if (e.target !== this.el) return; // header buttons keep their own keys
    const n = this.rows.length;
    if (!n) return;
    const i = Math.max(0, this.rows.findIndex((r) => r.row.pid === this.activePid));
    const page = Math.max(1, Math.floor((this.viewH - this.headH) / ROW_HEIGHT) - 1);
    const go = (j: number): void => { e.preventDefault(); this.activate(this.rows[Math.max(0, Math.min(n - 1, j))].row.pid); };
    const cur = this.rows[i];
    switch (e.key) {
      case 'ArrowDown': return go(this.activePid === undefined ? 0 : i + 1);
      case 'ArrowUp': return go(i - 1);
      case 'PageDown': return go(i + page);
      case 'PageUp': return go(i - page);
      case 'Home': return go(0);
      case 'End': return go(n - 1);
      case 'ArrowRight':
        if (!this.tree || !cur) return;
        e.preventDefault();
        if (cur.hasChildren && !cur.expanded) this.h.toggle(cur.row.pid, true);
        else if (cur.expanded) go(i + 1);
        return;
      case 'ArrowLeft': {
        if (!this.tree || !cur) return;
        e.preventDefault();
        if (cur.expanded) { this.h.toggle(cur.row.pid, false); return; }
        for (let j = i - 1; j >= 0; j--) if (this.rows[j].depth < cur.depth) return go(j);
        return;
      }
      case 'Enter':
        e.preventDefault();
        if (this.activePid === undefined) go(0); else this.h.open();
        return;
      case 'Delete':
        if (cur && this.activePid !== undefined) { e.preventDefault(); this.h.action(e.shiftKey ? 'kill' : 'terminate', cur.row); }
        return;
    }
  }
}
