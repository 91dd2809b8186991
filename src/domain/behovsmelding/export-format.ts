// The formats an application can be exported in, and a whole round (a spreadsheet, or the case file as a ZIP).
export const APPLICATION_EXPORT_FORMATS = ['pdf', 'docx', 'json'] as const;
export type TApplicationExportFormat = (typeof APPLICATION_EXPORT_FORMATS)[number];
export const ROUND_EXPORT_FORMATS = ['xlsx', 'zip'] as const;
export type TRoundExportFormat = (typeof ROUND_EXPORT_FORMATS)[number];
