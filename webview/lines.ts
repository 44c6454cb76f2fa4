// Plain line series drawn straight on the chart's context in one pass, instead of uPlot's path
// builder. uPlot builds a Path2D per series per draw, plus a Path2D and a clip for the plot bounds
// per series; in Chromium a Path2D costs about 3x the same path drawn with beginPath/lineTo/stroke.
// That dominated the draw, above all on the per-core CPU chart of a many-core machine (64 series).
// uPlot still owns scales, axes, grid, cursor, legend and series toggling: its series get
// `paths: noPaths` so it draws none of them, and `drawAllLines` (a draw hook) draws the shown ones.
import type uPlot from 'uplot';

export interface LineStyle { color: string; width: number; dash?: number[] }

/** A uPlot paths builder that builds nothing: the series is drawn by drawAllLines. */
export const noPaths: uPlot.Series.PathBuilder = () => null;

/**
 * Draws every shown series of `u` (index i uses styles[i - 1]) as a polyline in device pixels,
 * clipped to the plot area, with gaps at nulls. Columns with several points (more points than
 * pixels) are drawn as their first, min, max and last value, as uPlot's decimation does.
 */
export function drawAllLines(u: uPlot, styles: readonly LineStyle[]): void {
  const xs = u.data[0];
  const n = xs.length;
  const sx = u.scales.x;
  if (n === 0 || sx.min === undefined || sx.max === undefined || sx.max === sx.min) return;
  const sy = u.scales.y;
  if (sy.min === undefined || sy.max === undefined || sy.max === sy.min) return;
  const { left, top, width, height } = u.bbox;
  const r = devicePixelRatio || 1;
  const kx = width / (sx.max - sx.min);
  const ky = height / (sy.max - sy.min);
  const x0 = sx.min;
  const yBottom = top + height;
  const y0 = sy.min;
  // x pixel of each point once for all series
  const px = new Float64Array(n);
  for (let i = 0; i < n; i++) px[i] = Math.round(left + (xs[i] - x0) * kx);

  const ctx = u.ctx;
  ctx.save();
  // the bounds grow by half the widest line, as uPlot's, so a line at 0 or at the top shows whole
  let pad = 0;
  for (let s = 1; s < u.series.length; s++) if (u.series[s].show && styles[s - 1]) pad = Math.max(pad, (styles[s - 1].width * r) / 2);
  ctx.beginPath();
  ctx.rect(left - pad, top - pad, width + 2 * pad, height + 2 * pad);
  ctx.clip();
  ctx.lineJoin = 'round';
  for (let s = 1; s < u.series.length; s++) {
    const st = styles[s - 1];
    if (!st || !u.series[s].show) continue;
    const ys = u.data[s] as (number | null | undefined)[];
    const lw = Math.round(st.width * r * 1000) / 1000;
    const offset = (lw % 2) / 2; // odd widths on half pixels, as uPlot's pxAlign
    ctx.lineWidth = lw;
    ctx.strokeStyle = st.color;
    ctx.setLineDash(st.dash ? st.dash.map((d) => d * r) : []);
    ctx.beginPath();
    let pen = false;
    let colX = NaN;
    let inY = 0, minY = 0, maxY = 0, outY = 0;
    let col = 0; // points in the current column
    const flush = (): void => {
      if (col > 1) {
        if (minY !== inY) ctx.lineTo(colX + offset, minY + offset);
        if (maxY !== minY) ctx.lineTo(colX + offset, maxY + offset);
        if (outY !== maxY) ctx.lineTo(colX + offset, outY + offset);
      }
      col = 0;
    };
    for (let i = 0; i < n; i++) {
      const v = ys[i];
      if (v === null || v === undefined) { flush(); pen = false; colX = NaN; continue; }
      const x = px[i];
      const y = Math.round(yBottom - (v - y0) * ky);
      if (x === colX && pen) {
        // same pixel column: keep the extremes, draw them when the column ends
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
        outY = y;
        col++;
        continue;
      }
      flush();
      if (pen) ctx.lineTo(x + offset, y + offset); else ctx.moveTo(x + offset, y + offset);
      pen = true;
      colX = x;
      inY = minY = maxY = outY = y;
      col = 1;
    }
    flush();
    ctx.stroke();
  }
  ctx.restore();
}
