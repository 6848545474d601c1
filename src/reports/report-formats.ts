// The formats `ropa report` writes: alone in a module, so that the command's help loads none of the report code.
export const REPORT_FORMATS = ['csv', 'xlsx', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
