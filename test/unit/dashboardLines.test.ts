import assert from 'node:assert/strict';
import type uPlot from 'uplot';
import { drawAllLines, LineStyle } from '../../webview/lines';

type Call = [string, ...unknown[]];

/** A 2D context that records what is drawn: one entry per path op, stroke and style write. */
function recordingContext(): { ctx: CanvasRenderingContext2D; calls: Call[] } {
  const calls: Call[] = [];
  const record = (name: string) => (...args: unknown[]) => { calls.push([name, ...args]); };
  const ctx = {
    save: record('save'), restore: record('restore'), beginPath: record('beginPath'), rect: record('rect'), clip: record('clip'),
    moveTo: record('moveTo'), lineTo: record('lineTo'), stroke: record('stroke'), setLineDash: record('setLineDash'),
    set lineWidth(v: number) { calls.push(['lineWidth', v]); },
    set strokeStyle(v: string) { calls.push(['strokeStyle', v]); },
    set lineJoin(_v: string) { /* not asserted */ },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

/** Just what drawAllLines reads of a uPlot: data, scales, plot box (device px), series visibility, ctx. */
function fakePlot(data: (number | null)[][], show: boolean[], ctx: CanvasRenderingContext2D, box = { left: 10, top: 0, width: 100, height: 100 }): uPlot {
  return {
    data, ctx, bbox: box,
    scales: { x: { min: data[0][0], max: data[0][data[0].length - 1] }, y: { min: 0, max: 100 } },
    series: [{ show: true }, ...show.map((s) => ({ show: s }))],
  } as unknown as uPlot;
}

/** The strokes drawn: each as its style and its list of path ops. */
function strokes(calls: Call[]): { color: unknown; width: unknown; ops: Call[] }[] {
  const out: { color: unknown; width: unknown; ops: Call[] }[] = [];
  let color: unknown, width: unknown, ops: Call[] = [];
  let clipped = false;
  for (const c of calls) {
    if (c[0] === 'clip') { clipped = true; ops = []; continue; }
    if (!clipped) continue;
    if (c[0] === 'strokeStyle') color = c[1];
    else if (c[0] === 'lineWidth') width = c[1];
    else if (c[0] === 'beginPath') ops = [];
    else if (c[0] === 'moveTo' || c[0] === 'lineTo') ops.push(c);
    else if (c[0] === 'stroke') out.push({ color, width, ops });
  }
  return out;
}

describe('dashboard: chart line drawing', () => {
  const g = globalThis as { devicePixelRatio?: number };
  let saved: number | undefined;
  beforeEach(() => { saved = g.devicePixelRatio; g.devicePixelRatio = 1; });
  afterEach(() => { g.devicePixelRatio = saved; });

  const styles: LineStyle[] = [{ color: 'red', width: 2 }, { color: 'blue', width: 1 }];

  it('maps points to the plot box (y up), clips to it, and skips hidden series', () => {
    const { ctx, calls } = recordingContext();
    drawAllLines(fakePlot([[0, 50, 100], [0, 50, 100], [10, 20, 30]], [true, false], ctx), styles);
    const s = strokes(calls);
    assert.equal(s.length, 1, 'the hidden series is not drawn');
    assert.equal(s[0].color, 'red');
    assert.equal(s[0].width, 2);
    // even width: no half-pixel offset; x = left + t, y = bottom - v
    assert.deepEqual(s[0].ops, [['moveTo', 10, 100], ['lineTo', 60, 50], ['lineTo', 110, 0]]);
    const clip = calls.find((c) => c[0] === 'rect');
    assert.deepEqual(clip, ['rect', 9, -1, 102, 102], 'the plot box grown by half the widest shown line');
    assert.equal(calls.filter((c) => c[0] === 'save').length, calls.filter((c) => c[0] === 'restore').length);
  });

  it('puts odd-width lines on half pixels and breaks the line at gaps', () => {
    const { ctx, calls } = recordingContext();
    drawAllLines(fakePlot([[0, 25, 50, 75, 100], [0, 0, 0, 0, 0], [10, 20, null, 40, 50]], [false, true], ctx), styles);
    const s = strokes(calls);
    assert.equal(s.length, 1);
    assert.equal(s[0].color, 'blue');
    assert.deepEqual(s[0].ops, [['moveTo', 10.5, 90.5], ['lineTo', 35.5, 80.5], ['moveTo', 85.5, 60.5], ['lineTo', 110.5, 50.5]]);
  });

  it('draws several points in one pixel column as their first, lowest, highest and last value', () => {
    const { ctx, calls } = recordingContext();
    // x 0..100 over 10 px: 0, 1, 2 and 3 fall in pixel column 10 (rounded), 100 in column 20
    const xs = [0, 1, 2, 3, 100];
    drawAllLines(fakePlot([xs, [50, 90, 10, 30, 50], [0, 0, 0, 0, 0]], [true, false], ctx, { left: 10, top: 0, width: 10, height: 100 }), styles);
    const s = strokes(calls);
    assert.deepEqual(s[0].ops, [['moveTo', 10, 50], ['lineTo', 10, 10], ['lineTo', 10, 90], ['lineTo', 10, 70], ['lineTo', 20, 50]]);
  });

  it('draws nothing without data or with an empty scale', () => {
    const { ctx, calls } = recordingContext();
    drawAllLines(fakePlot([[5], [1], [2]], [true, true], ctx), styles);
    assert.equal(calls.length, 0);
  });
});
