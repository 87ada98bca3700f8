/** The Overview screen: key figures and the Convention's calendar (issue 6). */
export const OVERVIEW_METHODS = ['overview.get'] as const;
