// The formats an application can be exported in.
export const APPLICATION_EXPORT_FORMATS = ['pdf', 'docx', 'json'] as const;
export type TApplicationExportFormat = (typeof APPLICATION_EXPORT_FORMATS)[number];
