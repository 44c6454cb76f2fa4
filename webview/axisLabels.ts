// Axis and reference-line labels drawn from cached bitmaps instead of fillText on the chart canvas.
// Why: fillText (and setting ctx.font) on a canvas in the document makes Chromium bring the page's
// style up to date first, so the first chart drawn after a tick's DOM writes paid a whole forced
// style recalculation, and each new string costs a text shaping on top. A label's bitmap is drawn
// once on an OffscreenCanvas (no document style involved) and blitted with drawImage afterwards;
// the axis labels of a chart barely change from tick to tick, so nearly every draw is a cache hit.
import type uPlot from 'uplot';

export const AXIS_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';
const MAX_CACHED = 400;

type Bitmap = ImageBitmap | HTMLCanvasElement;
interface Label { bitmap: Bitmap; width: number; height: number }

const cache = new Map<string, Label>();
/** One small context to measure texts with, kept (creating a context costs more than the label). */
let probeCtx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | undefined;

/** Forget every bitmap (theme or zoom change: colors or pixel ratio differ). */
export function clearLabelCache(): void {
  for (const l of cache.values()) if ('close' in l.bitmap) l.bitmap.close();
  cache.clear();
}

function surface(w: number, h: number): OffscreenCanvas | HTMLCanvasElement {
  if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(w, h);
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  return c;
}

/** The text rendered once in `color` at `px` device pixels, vertically centred in its bitmap. */
export function labelBitmap(text: string, color: string, px: number): Label {
  const key = `${px}|${color}|${text}`;
  let l = cache.get(key);
  if (l) return l;
  if (cache.size >= MAX_CACHED) clearLabelCache(); // time labels move on forever; a full reset is rare and cheap
  const font = `${px}px ${AXIS_FONT_FAMILY}`;
  probeCtx ??= surface(1, 1).getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
  const probe = probeCtx;
  if (probe.font !== font) probe.font = font;
  const width = Math.max(1, Math.ceil(probe.measureText(text).width) + 2);
  const height = Math.ceil(px * 1.5);
  const canvas = surface(width, height);
  const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
  ctx.font = font;
  ctx.fillStyle = color;
  ctx.textBaseline = 'middle';
  ctx.fillText(text, 1, height / 2);
  // an ImageBitmap blits without the snapshot an OffscreenCanvas source costs on every drawImage
  l = { bitmap: 'transferToImageBitmap' in canvas ? canvas.transferToImageBitmap() : canvas, width, height };
  cache.set(key, l);
  return l;
}

export type Align = 'left' | 'center' | 'right';

/** Draws `text` with its left/centre/right edge at x and its middle at y (device pixels). */
export function drawLabel(ctx: CanvasRenderingContext2D, text: string, color: string, px: number, x: number, y: number, align: Align): void {
  const l = labelBitmap(text, color, px);
  const left = align === 'left' ? x - 1 : align === 'right' ? x - l.width + 1 : x - l.width / 2;
  ctx.drawImage(l.bitmap, Math.round(left), Math.round(y - l.height / 2));
}

/**
 * Axis options for a uPlot chart whose tick labels come from the bitmap cache: `format` turns the
 * splits into text, uPlot gets nulls (it then draws grid and ticks but no text), and the returned
 * drawAxes hook draws the texts where uPlot would have. Bottom x axis (index 0), left y axis (1).
 */
export function bitmapAxisLabels(color: () => string, fontPx = 12): {
  values(axis: 0 | 1, format: (v: number) => string): uPlot.Axis.DynamicValues;
  drawAxes(u: uPlot): void;
} {
  const texts: [number[], string[]][] = [[[], []], [[], []]];
  const TICK = 10;
  const GAP = 5;
  return {
    values: (axis, format) => (_u, splits) => {
      texts[axis] = [splits, splits.map(format)];
      return splits.map(() => null);
    },
    drawAxes: (u) => {
      const r = devicePixelRatio || 1;
      const px = Math.round(fontPx * r);
      const shift = Math.round(TICK * r) + Math.round(GAP * r);
      const c = color();
      const [xs, xt] = texts[0];
      const top = u.bbox.top + u.bbox.height + shift + px / 2;
      for (let i = 0; i < xs.length; i++) {
        drawLabel(u.ctx, xt[i], c, px, u.valToPos(xs[i], 'x', true), top, 'center');
      }
      const [ys, yt] = texts[1];
      const right = u.bbox.left - shift;
      for (let i = 0; i < ys.length; i++) {
        drawLabel(u.ctx, yt[i], c, px, right, u.valToPos(ys[i], 'y', true), 'right');
      }
    },
  };
}
