/** The derived figures of a reporting year, over every record (issues 3 and 4). */
export const SUMMARY_METHODS = ['summary.year', 'summary.people'] as const;
