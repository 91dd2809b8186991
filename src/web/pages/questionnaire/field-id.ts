// The element id of an answer's field (and of a table cell), so an error summary can link to it.
export const fieldId = (path: string): string => `q-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
