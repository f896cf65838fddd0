import * as fs from 'node:fs';
import * as path from 'node:path';
import { sweptSize, type BenchRow } from './types';
import { isGrid } from './report';

/**
 * A dependency-free SVG chart of one suite's results: speedup (after ÷ before) against size, on
 * log-log axes, one line per case, with the 1× line where the rewrite starts to pay. Cases that
 * grow both collections together go in the left panel (x = n); cases that sweep a small
 * collection at a fixed outer size go in the right one (x = m).
 */

const WIDTH_PER_PANEL = 460;
const HEIGHT = 400;
const MARGIN = { top: 76, right: 22, bottom: 56, left: 64 };
// Okabe-Ito: distinguishable with the common colour-vision deficiencies.
const COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
const FONT = 'font-family="Helvetica, Arial, sans-serif"';

interface Series {
  name: string;
  color: string;
  points: { x: number; y: number }[];
}

interface Panel {
  title: string;
  xLabel: string;
  series: Series[];
}

/** Panel titles and axis labels a suite may set (its sizes may not be collection sizes). */
export interface PlotLabels {
  equal?: { title: string; xLabel: string };
  small?: { title: string; xLabel: string };
  /** What a point below the 1× line means (default: the scan is faster). */
  below?: string;
}

export function renderPlot(transform: string, rows: BenchRow[], labels: PlotLabels = {}): string {
  const byCase = new Map<string, BenchRow[]>();
  for (const row of rows) byCase.set(row.case, [...(byCase.get(row.case) ?? []), row]);
  const equal: Series[] = [];
  const small: Series[] = [];
  let outerN: number | undefined;
  [...byCase.entries()].forEach(([name, caseRows], i) => {
    const points = caseRows
      .filter((r) => r.speedup !== null && r.speedup > 0)
      .map((r) => ({ x: sweptSize(r), y: r.speedup! }))
      .sort((a, b) => a.x - b.x);
    // A k×m sweep is a surface, not a line: it has its own table (bench/lib/surface.ts).
    if (points.length === 0 || isGrid(caseRows)) return;
    const series = { name, color: COLORS[i % COLORS.length], points };
    if (caseRows.some((r) => r.m !== undefined)) {
      small.push(series);
      outerN = caseRows[0].n;
    } else equal.push(series);
  });
  const panels: Panel[] = [];
  if (equal.length > 0) panels.push({ ...(labels.equal ?? { title: 'n items against a collection of about n', xLabel: 'n (log scale)' }), series: equal });
  if (small.length > 0) {
    panels.push({ ...(labels.small ?? { title: `${(outerN ?? 0).toLocaleString('en-US')} items against a collection of m`, xLabel: 'm (log scale)' }), series: small });
  }
  const width = WIDTH_PER_PANEL * Math.max(1, panels.length);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" ${FONT}>`,
    `<rect width="${width}" height="${HEIGHT}" fill="#ffffff"/>`,
    text(width / 2, 22, transform, { size: 16, anchor: 'middle', weight: 'bold' }),
    text(width / 2, 40, 'speedup of the rewrite = after ops/s ÷ before ops/s', { size: 12, anchor: 'middle', fill: '#555555' }),
  ];
  panels.forEach((panel, i) => parts.push(renderPanel(panel, i * WIDTH_PER_PANEL, labels.below ?? 'the scan is faster')));
  if (panels.length === 0) parts.push(text(width / 2, HEIGHT / 2, 'no measured speedups', { size: 14, anchor: 'middle' }));
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

function renderPanel(panel: Panel, left: number, below: string): string {
  const x0 = left + MARGIN.left;
  const x1 = left + WIDTH_PER_PANEL - MARGIN.right;
  const y0 = HEIGHT - MARGIN.bottom;
  const y1 = MARGIN.top;
  const xs = panel.series.flatMap((s) => s.points.map((p) => p.x));
  const ys = [1, ...panel.series.flatMap((s) => s.points.map((p) => p.y))];
  const [xMin, xMax] = padLog(Math.min(...xs), Math.max(...xs), 0.06);
  const [yMin, yMax] = padLog(Math.min(...ys), Math.max(...ys), 0.08);
  const sx = (x: number) => x0 + ((Math.log10(x) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * (x1 - x0);
  const sy = (y: number) => y0 - ((Math.log10(y) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * (y0 - y1);
  const out: string[] = [];
  // "Scan faster" region below 1×, so the crossover reads at a glance.
  out.push(`<rect x="${f(x0)}" y="${f(sy(1))}" width="${f(x1 - x0)}" height="${f(y0 - sy(1))}" fill="#fbeaea"/>`);
  for (const tick of logTicks(xMin, xMax, xs)) {
    out.push(`<line x1="${f(sx(tick))}" y1="${f(y1)}" x2="${f(sx(tick))}" y2="${f(y0)}" stroke="#e3e3e3"/>`);
    out.push(text(sx(tick), y0 + 18, formatNumber(tick), { size: 12, anchor: 'middle' }));
  }
  for (const tick of logTicks(yMin, yMax)) {
    out.push(`<line x1="${f(x0)}" y1="${f(sy(tick))}" x2="${f(x1)}" y2="${f(sy(tick))}" stroke="#e3e3e3"/>`);
    out.push(text(x0 - 6, sy(tick) + 4, `${formatNumber(tick)}×`, { size: 12, anchor: 'end' }));
  }
  out.push(`<line x1="${f(x0)}" y1="${f(sy(1))}" x2="${f(x1)}" y2="${f(sy(1))}" stroke="#b03030" stroke-width="1.5" stroke-dasharray="6 4"/>`);
  out.push(text(x1 - 4, sy(1) + 14, `below 1×: ${below}`, { size: 11, anchor: 'end', fill: '#b03030' }));
  out.push(`<rect x="${f(x0)}" y="${f(y1)}" width="${f(x1 - x0)}" height="${f(y0 - y1)}" fill="none" stroke="#888888"/>`);
  for (const s of panel.series) {
    const d = s.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${f(sx(p.x))},${f(sy(p.y))}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2.2"/>`);
    for (const p of s.points) {
      out.push(`<circle cx="${f(sx(p.x))}" cy="${f(sy(p.y))}" r="3.5" fill="${s.color}"><title>${escape(s.name)}: ${formatNumber(p.x)} → ${p.y}×</title></circle>`);
    }
  }
  // Legend in the top-left corner, where speedup curves (rising with size) leave room.
  panel.series.forEach((s, i) => {
    const y = y1 + 16 + i * 17;
    out.push(`<rect x="${f(x0 + 8)}" y="${f(y - 9)}" width="${f(legendWidth(panel) + 26)}" height="17" fill="#ffffff" fill-opacity="0.85"/>`);
    out.push(`<line x1="${f(x0 + 12)}" y1="${f(y - 4)}" x2="${f(x0 + 30)}" y2="${f(y - 4)}" stroke="${s.color}" stroke-width="2.5"/>`);
    out.push(text(x0 + 35, y, s.name, { size: 12 }));
  });
  out.push(text((x0 + x1) / 2, y1 - 10, panel.title, { size: 13, anchor: 'middle' }));
  out.push(text((x0 + x1) / 2, y0 + 40, panel.xLabel, { size: 12, anchor: 'middle' }));
  const midY = (y0 + y1) / 2;
  out.push(`<text x="${f(left + 16)}" y="${f(midY)}" font-size="12" text-anchor="middle" transform="rotate(-90 ${f(left + 16)} ${f(midY)})">speedup (log scale)</text>`);
  return out.join('\n');
}

/** Log-scale ticks: the measured sizes when given and few, else 1-2-5 steps, else powers of ten. */
function logTicks(min: number, max: number, measured?: number[]): number[] {
  const unique = measured ? [...new Set(measured)].sort((a, b) => a - b) : [];
  if (unique.length > 0 && unique.length <= 9) return unique;
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
    for (const m of [1, 2, 5]) ticks.push(m * 10 ** e);
  }
  const inRange = ticks.filter((t) => t >= min && t <= max);
  return inRange.length <= 10 ? inRange : inRange.filter((t) => Number.isInteger(Math.log10(t)) || t === 1);
}

function padLog(min: number, max: number, share: number): [number, number] {
  const span = Math.max(Math.log10(max) - Math.log10(min), 0.3);
  const pad = span * share;
  return [10 ** (Math.log10(min) - pad), 10 ** (Math.log10(max) + pad)];
}

function legendWidth(panel: Panel): number {
  return Math.max(...panel.series.map((s) => s.name.length)) * 6.6 + 14;
}

function formatNumber(value: number): string {
  if (value >= 1000) {
    const exponent = Math.log10(value);
    return Number.isInteger(exponent) ? `10${superscript(exponent)}` : value.toLocaleString('en-US');
  }
  return Number(value.toPrecision(3)).toString();
}

function superscript(value: number): string {
  return [...String(value)].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('');
}

function text(x: number, y: number, content: string, options: { size: number; anchor?: string; weight?: string; fill?: string }): string {
  const attrs = [
    `x="${f(x)}"`, `y="${f(y)}"`, `font-size="${options.size}"`,
    options.anchor ? `text-anchor="${options.anchor}"` : '',
    options.weight ? `font-weight="${options.weight}"` : '',
    `fill="${options.fill ?? '#222222'}"`,
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escape(content)}</text>`;
}

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function f(value: number): string {
  return Number(value.toFixed(1)).toString();
}

/** Where the plot of a suite goes: next to the transform's docs page. */
export const PLOT_DIR = path.resolve(__dirname, '..', '..', 'docs', 'transforms');

/** Writes `<dir>/<transform>.svg`; returns its path. */
export function writePlot(transform: string, rows: BenchRow[], dir = PLOT_DIR, labels: PlotLabels = {}): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${transform}.svg`);
  fs.writeFileSync(file, renderPlot(transform, rows, labels));
  return file;
}
