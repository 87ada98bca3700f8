/** Templates handed to others to fill in (issue 7): the operator reporting template. */
export const TEMPLATE_METHODS = ['templates.operatorReturn'] as const;

/** The template methods whose result is a file. */
export const TEMPLATE_FILE_METHODS = ['templates.operatorReturn'] as const;
