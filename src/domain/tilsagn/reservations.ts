// Approving a tilsagn binds the later years it promises (issue 14, point 1; ADR 026). The forum's adoption reserved
// them provisionally from the innstilling ('foreløpig', src/domain/forum/innstilling.ts); the decision may differ, so
// the application's reservations are made to equal the decided conditional years exactly: the rows of those years
// updated to the decided amount and 'bindende', rows for years the decision does not promise removed, rows for new
// years added. An avslag leaves none. An endringsvedtak does the same with its own lines.
export type TReservationRow = { id: string; year: number; amountKr: number; status: string };
export type TReservationChanges = {
  insert: { year: number; amountKr: number }[];
  update: { id: string; year: number; amountKr: number }[];
  remove: { id: string; year: number }[];
};

export function bindingReservationChanges(existing: readonly TReservationRow[], decided: readonly { year: number; amountKr: number }[]): TReservationChanges {
  const changes: TReservationChanges = { insert: [], update: [], remove: [] };
  for (const d of decided) {
    const row = existing.find((r) => r.year === d.year);
    if (!row) changes.insert.push({ year: d.year, amountKr: d.amountKr });
    else if (row.amountKr !== d.amountKr || row.status !== 'bindende') changes.update.push({ id: row.id, year: d.year, amountKr: d.amountKr });
  }
  for (const r of existing) if (!decided.some((d) => d.year === r.year)) changes.remove.push({ id: r.id, year: r.year });
  return changes;
}
