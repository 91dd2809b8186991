// One id per form field, derived from the field's path as the server names it ("members.0.organisationId"),
// so a server field error finds its input and the error summary can link to it.
export function fieldId(field: string): string {
  return `f-${field.replace(/[^\w-]/g, '-')}`;
}

/** Moves focus to a field (or the first input of a group) after an error-summary link is followed. */
export function focusField(field: string): boolean {
  const el = document.getElementById(fieldId(field));
  if (!el) return false;
  const target =
    el.matches('input, select, textarea, button') ? el : (el.querySelector<HTMLElement>('input, select, textarea, button') ?? el);
  target.scrollIntoView({ block: 'center' });
  target.focus();
  return true;
}
