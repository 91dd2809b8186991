// The region as the audit log keeps it.
/** What the audit log keeps of a region: the row and its municipality numbers. */
export function regionSnapshot(r: { municipalities: { number: string }[] } & Record<string, unknown>) {
  return { ...r, municipalities: r.municipalities.map((m) => m.number) };
}
