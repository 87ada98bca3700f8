/** The derived figures of a reporting year, over every record (issue 3). */
export const SUMMARY_METHODS = ['summary.year'] as const;
