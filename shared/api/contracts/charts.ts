import { z } from 'zod';
import { languageSchema } from '../../domain/common';
import { reportPeriodSchema } from '../../domain/article7';
import { ARTICLE5_CHARTS } from '../../charts/types';
import type { CHART_METHODS } from '../methods/charts';
import type { MethodSpec } from './spec';

/** Each chart as an SVG document, with its title for the page's own heading and alt text. */
export const chartSvgSchema = z.object({ title: z.string(), svg: z.string() });
export type ChartSvg = z.infer<typeof chartSvgSchema>;

/** Periods of up to 30 years: beyond that the year axis has no room (and no Convention report needs it). */
const chartPeriodSchema = reportPeriodSchema.refine(
  (p) => Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) < 30,
  { message: 'charts.errors.periodTooLong', path: ['to'] },
);

export const chartsContract = {
  'charts.article5': {
    input: z.strictObject({ period: chartPeriodSchema, lang: languageSchema }),
    output: z.object({
      charts: z.object(
        Object.fromEntries(ARTICLE5_CHARTS.map((c) => [c, chartSvgSchema])) as Record<
          (typeof ARTICLE5_CHARTS)[number],
          typeof chartSvgSchema
        >,
      ),
    }),
  },
} satisfies Record<(typeof CHART_METHODS)[number], MethodSpec>;
