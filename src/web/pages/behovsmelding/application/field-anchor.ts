// Every input of the behovsmelding form has the id `field-<path>`, its path as validation names it
// (`s1.tema`, `s5.uh.0.orgnr`, `parts.evenes.ownerBudget.lines.3.statedAmount`), so an issue links straight to its
// input: `/behovsmeldinger/<id>/seksjon-5#field-s5.uh.0.orgnr`. A path without an input of its own (`…years`) falls
// back to the nearest enclosing one, ending at the field (`field-<key>`, the field's group or input).

/** The id of the input (or group) for a field key or issue path. */
export function fieldAnchorId(path: string): string {
  return `field-${path.replace(/[^\w.-]/g, '-')}`;
}

/** Ids to try for a path, nearest first: `a.b.c` → field-a.b.c, field-a.b, field-a. */
export function anchorCandidates(path: string): string[] {
  const parts = path.split('.');
  return parts.map((_, i) => fieldAnchorId(parts.slice(0, parts.length - i).join('.')));
}

/** The path in a `#field-…` address fragment, or null. */
export function pathOfHash(hash: string): string | null {
  const m = /^#field-(.+)$/.exec(hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}
