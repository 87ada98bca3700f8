import { createRequire } from 'node:module';
import type * as ResvgTypes from '@resvg/resvg-js';
import { renderChartSvg } from '../../../shared/charts/svg';
import type { ChartSpec } from '../../../shared/charts/types';

/** At least this wide for print: a 16 cm wide image at about 190 dpi. */
export const PRINT_WIDTH_PX = 1600;

/**
 * A chart as PNG bytes, `widthPx` wide (the height follows the SVG's proportions). resvg ships its
 * binary in the npm package and draws text with the system fonts (Arial or Segoe UI on Windows,
 * Liberation or DejaVu on Linux: see CHART_FONT_FAMILY); no font file is bundled.
 */
export function chartPng(spec: ChartSpec, widthPx: number = PRINT_WIDTH_PX): Uint8Array {
  return svgToPng(renderChartSvg(spec), widthPx);
}

type ResvgModule = typeof ResvgTypes;
let loaded: ResvgModule | null = null;

/**
 * resvg is a native module of some megabytes: loaded on the first chart, not when the CLI or the
 * app starts (an import of 100 000 rows has a memory budget and draws no chart).
 */
function resvgModule(): ResvgModule {
  loaded ??= createRequire(import.meta.url)('@resvg/resvg-js') as ResvgModule;
  return loaded;
}

/** Any of our chart SVGs as PNG bytes. */
export function svgToPng(svg: string, widthPx: number): Uint8Array {
  const resvg = new (resvgModule().Resvg)(svg, {
    fitTo: { mode: 'width', value: Math.round(widthPx) },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
  });
  return new Uint8Array(resvg.render().asPng());
}
