import { article5ChartSpecs } from '../../shared/charts/article5Charts';
import { renderChartSvg } from '../../shared/charts/svg';
import { ARTICLE5_CHARTS, type Article5Chart } from '../../shared/charts/types';
import type { ChartSvg } from '../../shared/api/contracts/charts';
import { readArticle5ChartInputs } from '../documents/charts/inputs';
import type { HandlerTable } from './types';

/** The four Article 5 charts for a period, drawn on the main side so the app shows what Word gets. */
export const chartHandlers = {
  'charts.article5': async (ctx, { period, lang }) => {
    const specs = article5ChartSpecs(readArticle5ChartInputs(ctx.repos, period), period, lang);
    const charts = Object.fromEntries(
      ARTICLE5_CHARTS.map((c) => [c, { title: specs[c].title, svg: renderChartSvg(specs[c]) }]),
    ) as Record<Article5Chart, ChartSvg>;
    return { charts };
  },
} satisfies Partial<HandlerTable>;
