/** The four Article 5 charts, as SVG for the app (issue 6). */
export const CHART_METHODS = ['charts.article5'] as const;
