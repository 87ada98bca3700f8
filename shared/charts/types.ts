import type { Language } from '../domain/common';

/*
 * A chart as data (issue 6): the same spec draws in the app (as SVG, in the renderer) and goes into
 * the Word draft (as PNG, rendered in the main process). `renderChartSvg` in shared/charts/svg.ts
 * turns a spec into an SVG string with no DOM and no browser; main/documents/charts/png.ts
 * rasterises it. Labels are already in the chosen language when the spec is built.
 */
export type ChartKind = 'bar' | 'stackedBar' | 'line';
export type ChartUnit = 'm2' | 'count' | 'people';

export interface ChartSeries {
  name: string;
  values: number[];
}

export interface ChartSpec {
  kind: ChartKind;
  title: string;
  /** One per bar group or x position (years, regions, age groups). */
  categories: string[];
  series: ChartSeries[];
  unit: ChartUnit;
  /** Axis and legend numbers are formatted for this language (`12 345` / `12,345`). */
  lang: Language;
  /** A line under the title: the period, the source. */
  subtitle?: string;
}

/** The four charts of the Article 5 draft and the Overview screen. */
export const ARTICLE5_CHARTS = [
  'incidentsByRegionYear',
  'landReleasedByYearMethod',
  'remainingByRegion',
  'casualtiesBySexAge',
] as const;
export type Article5Chart = (typeof ARTICLE5_CHARTS)[number];
