import { createTranslator } from '../i18n/index';
import { formatNumber } from '../i18n/format';
import { niceTicks } from './ticks';
import type { ChartSpec } from './types';

/*
 * A chart spec as an SVG string: pure, no DOM, so the same text goes into the app (as an <img>
 * data URL, which the CSP's img-src allows) and to resvg for the Word draft's PNG. Sizes are in
 * SVG user units on a fixed 800-wide canvas; the PNG scales it to the width asked.
 */

export const CHART_WIDTH = 800;
export const CHART_HEIGHT = 460;

/** Fonts found on Windows, macOS and Linux (Liberation and DejaVu here); no bundled font file. */
export const CHART_FONT_FAMILY = "'Segoe UI', Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/**
 * The series colours, in this order: their grey levels (about 19, 73, 45, 87, 34 and 55 %) stay
 * apart when printed in black and white, and the last two are also hatched.
 */
export const CHART_PALETTE = ['#1d3557', '#f0b44c', '#c4573a', '#cfe3f2', '#2f6f4f', '#8c8c8c'] as const;
const HATCHED_FROM = 4;

/** Text as XML character data or attribute value; characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- the point is to remove control characters
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** A rough text width: charts are drawn without measuring fonts, so leave room generously. */
const textWidth = (text: string, size: number) => text.length * size * 0.56;

function seriesFill(index: number): string {
  return index >= HATCHED_FROM && index < CHART_PALETTE.length
    ? `url(#hatch${index})`
    : (CHART_PALETTE[index % CHART_PALETTE.length] ?? '#888');
}

function patternDefs(): string {
  const out: string[] = [];
  for (let i = HATCHED_FROM; i < CHART_PALETTE.length; i += 1) {
    out.push(
      `<pattern id="hatch${i}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
        `<rect width="6" height="6" fill="${CHART_PALETTE[i]}"/>` +
        `<line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="2"/></pattern>`,
    );
  }
  return `<defs>${out.join('')}</defs>`;
}

/** Marker shapes for line charts, so lines stay apart without colour. */
function marker(index: number, x: number, y: number, colour: string): string {
  const r = 4;
  switch (index % 4) {
    case 0:
      return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${r}" fill="${colour}"/>`;
    case 1:
      return `<rect x="${fmt(x - r)}" y="${fmt(y - r)}" width="${2 * r}" height="${2 * r}" fill="${colour}"/>`;
    case 2:
      return `<path d="M${fmt(x)} ${fmt(y - r - 1)}L${fmt(x + r + 1)} ${fmt(y + r)}L${fmt(x - r - 1)} ${fmt(y + r)}Z" fill="${colour}"/>`;
    default:
      return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${r}" fill="#ffffff" stroke="${colour}" stroke-width="2"/>`;
  }
}

interface Legend {
  svg: string;
  height: number;
}

function legend(spec: ChartSpec, top: number, left: number, right: number): Legend {
  const size = 12;
  let x = left;
  let y = top;
  const items: string[] = [];
  spec.series.forEach((s, i) => {
    const w = 18 + textWidth(s.name, size) + 16;
    if (x + w > right && x > left) {
      x = left;
      y += 20;
    }
    const swatch =
      spec.kind === 'line'
        ? `<line x1="${fmt(x)}" y1="${fmt(y + 6)}" x2="${fmt(x + 14)}" y2="${fmt(y + 6)}" stroke="${CHART_PALETTE[i % CHART_PALETTE.length]}" stroke-width="2"/>` +
          marker(i, x + 7, y + 6, CHART_PALETTE[i % CHART_PALETTE.length] ?? '#888')
        : `<rect x="${fmt(x)}" y="${fmt(y)}" width="12" height="12" fill="${seriesFill(i)}" stroke="#333333" stroke-width="0.5"/>`;
    items.push(
      `${swatch}<text x="${fmt(x + 18)}" y="${fmt(y + 10.5)}" font-size="${size}">${escapeXml(s.name)}</text>`,
    );
    x += w;
  });
  return { svg: `<g class="legend">${items.join('')}</g>`, height: y - top + 20 };
}

/** The `<desc>`: every value in words, for screen readers and for anyone reading the SVG text. */
function description(spec: ChartSpec): string {
  const unit = createTranslator(spec.lang)(`charts.unit.${spec.unit}`);
  return spec.series
    .map(
      (s) =>
        `${s.name}: ` +
        spec.categories.map((c, i) => `${c} ${formatNumber(s.values[i] ?? 0, spec.lang)}`).join(', '),
    )
    .concat(`(${unit})`)
    .join('; ');
}

/** The axis scale: m² in km² once figures reach millions, so tick labels stay short. */
function axisScale(spec: ChartSpec, max: number): { divisor: number; unitKey: string } {
  if (spec.unit === 'm2' && max >= 1_000_000) return { divisor: 1_000_000, unitKey: 'charts.unit.km2' };
  return { divisor: 1, unitKey: `charts.unit.${spec.unit}` };
}

function maxValue(spec: ChartSpec): number {
  let max = 0;
  spec.categories.forEach((_, c) => {
    if (spec.kind === 'stackedBar') {
      const sum = spec.series.reduce((a, s) => a + Math.max(0, s.values[c] ?? 0), 0);
      max = Math.max(max, sum);
    } else for (const s of spec.series) max = Math.max(max, s.values[c] ?? 0);
  });
  return max;
}

/** Renders a bar, stacked bar or line chart with title, subtitle, legend, axes and nice ticks. */
export function renderChartSvg(spec: ChartSpec): string {
  const t = createTranslator(spec.lang);
  const W = CHART_WIDTH;
  const H = CHART_HEIGHT;
  const parts: string[] = [];
  let top = 28;
  parts.push(
    `<text x="20" y="${top}" font-size="18" font-weight="bold" fill="#111111">${escapeXml(spec.title)}</text>`,
  );
  if (spec.subtitle) {
    top += 20;
    parts.push(`<text x="20" y="${top}" font-size="13" fill="#444444">${escapeXml(spec.subtitle)}</text>`);
  }
  top += 14;
  const lg = legend(spec, top, 20, W - 20);
  parts.push(lg.svg);
  // The axis unit sits on its own line above the plot, clear of the top tick label.
  const unitY = top + lg.height + 8;
  top = unitY + 16;

  const max = maxValue(spec);
  const { divisor, unitKey } = axisScale(spec, max);
  const ticks = niceTicks(max / divisor, spec.unit !== 'm2');
  const tickMax = ticks[ticks.length - 1] ?? 1;
  const digits = Math.max(
    0,
    ...ticks.map((v) => (Number.isInteger(v) ? 0 : String(v).split('.')[1]!.length)),
  );
  const tickLabels = ticks.map((v) => formatNumber(v, spec.lang, digits));
  const left = 28 + Math.max(...tickLabels.map((l) => textWidth(l, 12)));
  const right = W - 20;

  // Category labels turn when they do not fit side by side.
  const slot = (right - left) / Math.max(1, spec.categories.length);
  const longest = Math.max(0, ...spec.categories.map((c) => textWidth(c, 12)));
  const rotate = longest > slot - 6;
  const bottom = H - (rotate ? Math.min(130, 22 + longest * 0.7) : 34);
  const plotH = bottom - top;
  const y = (v: number) => bottom - (v / divisor / tickMax) * plotH;

  // Axis unit, ticks and grid lines.
  parts.push(`<text x="20" y="${fmt(unitY)}" font-size="12" fill="#444444">${escapeXml(t(unitKey))}</text>`);
  ticks.forEach((v, i) => {
    const ty = bottom - (v / tickMax) * plotH;
    parts.push(
      `<line x1="${fmt(left)}" y1="${fmt(ty)}" x2="${fmt(right)}" y2="${fmt(ty)}" stroke="${i === 0 ? '#333333' : '#d0d0d0'}" stroke-width="1"/>`,
      `<text x="${fmt(left - 6)}" y="${fmt(ty + 4)}" font-size="12" text-anchor="end" fill="#333333">${escapeXml(tickLabels[i] ?? '')}</text>`,
    );
  });

  spec.categories.forEach((c, i) => {
    const cx = left + slot * (i + 0.5);
    parts.push(
      rotate
        ? `<text x="${fmt(cx)}" y="${fmt(bottom + 14)}" font-size="12" text-anchor="end" transform="rotate(-40 ${fmt(cx)} ${fmt(bottom + 14)})" fill="#333333">${escapeXml(c)}</text>`
        : `<text x="${fmt(cx)}" y="${fmt(bottom + 18)}" font-size="12" text-anchor="middle" fill="#333333">${escapeXml(c)}</text>`,
    );
  });

  parts.push(`<g class="marks">${marks(spec, left, slot, y, bottom).join('')}</g>`);

  const body = parts.join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" ` +
    `role="img" aria-labelledby="chart-title chart-desc" font-family="${escapeXml(CHART_FONT_FAMILY)}">` +
    `<title id="chart-title">${escapeXml(spec.title)}</title>` +
    `<desc id="chart-desc">${escapeXml(description(spec))}</desc>` +
    patternDefs() +
    `<rect width="${W}" height="${H}" fill="#ffffff"/>` +
    body +
    `</svg>`
  );
}

/** The bars or lines: one `<rect class="bar">` per value of a bar chart. */
function marks(
  spec: ChartSpec,
  left: number,
  slot: number,
  y: (v: number) => number,
  bottom: number,
): string[] {
  const out: string[] = [];
  const n = spec.series.length;
  if (spec.kind === 'line') {
    spec.series.forEach((s, si) => {
      const colour = CHART_PALETTE[si % CHART_PALETTE.length] ?? '#888';
      const pts = spec.categories.map((_, i) => [left + slot * (i + 0.5), y(s.values[i] ?? 0)] as const);
      out.push(
        `<polyline class="line" fill="none" stroke="${colour}" stroke-width="2.5" points="${pts.map(([px, py]) => `${fmt(px)},${fmt(py)}`).join(' ')}"/>`,
        ...pts.map(([px, py]) => marker(si, px, py, colour)),
      );
    });
    return out;
  }
  const groupW = slot * 0.72;
  spec.categories.forEach((_, i) => {
    const x0 = left + slot * i + (slot - groupW) / 2;
    let stack = 0;
    spec.series.forEach((s, si) => {
      const v = Math.max(0, s.values[i] ?? 0);
      const fill = seriesFill(si);
      if (spec.kind === 'stackedBar') {
        const yTop = y(stack + v);
        const h = y(stack) - yTop;
        stack += v;
        out.push(
          `<rect class="bar" x="${fmt(x0)}" y="${fmt(yTop)}" width="${fmt(groupW)}" height="${fmt(h)}" fill="${fill}" stroke="#333333" stroke-width="0.5"/>`,
        );
      } else {
        const w = groupW / n;
        const yTop = y(v);
        out.push(
          `<rect class="bar" x="${fmt(x0 + w * si)}" y="${fmt(yTop)}" width="${fmt(w)}" height="${fmt(bottom - yTop)}" fill="${fill}" stroke="#333333" stroke-width="0.5"/>`,
        );
      }
    });
  });
  return out;
}
