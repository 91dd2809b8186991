// What a list may show, as data (ADR 013). Each module's policy describes the rows an actor may read
// (`partnershipReadScope`, …), the composition adds the admin (`readScope` in policy.ts), the repositories say it in
// SQL (src/db/read-scope-sql.ts), and read-scope.test.ts proves that the description and `can(actor, 'read', …)`
// agree on every kind of actor and row. No Drizzle here: a scope is plain data, evaluated below by `matchesScope`.

/** One way a row can be readable. Each names one fact of the row, so that a repository can say it in SQL. */
export type ScopeCondition =
  /** The office that reads the row is one of these: a partnership's office, an application's ROUND's office, the
   * office of a person's organisation. */
  | { readonly officeIdIn: readonly string[] }
  /** The row belongs to no office: a person at a national body (KS, Statped …), which every case officer reads. */
  | { readonly nationalBody: true }
  /** The row's organisation is one of these: a person's, an invitation's (the invited person's). */
  | { readonly organisationIn: readonly string[] }
  /** A partnership's applicant is one of these. */
  | { readonly applicantIn: readonly string[] }
  /** One of a partnership's member organisations is one of these. */
  | { readonly memberOrganisationIn: readonly string[] }
  /** The person named a partnership's coordinator. */
  | { readonly coordinatorPersonIs: string }
  /** One of the people a partnership's coordinator gave edit rights. */
  | { readonly editorPersonIs: string }
  /** The user who started the row (a questionnaire response). */
  | { readonly creatorUserIs: string }
  /** One of the users named as the row's editors (a questionnaire response's). */
  | { readonly editorUserIs: string };

/** Every row, no row, or the rows meeting at least one condition (never an empty list: that is `none`). */
export type ReadScope<C extends ScopeCondition = ScopeCondition> =
  | { readonly all: true }
  | { readonly none: true }
  | { readonly anyOf: readonly [C, ...C[]] };

/** The condition named by `K` (`ConditionOf<'officeIdIn'>`), so a list's scope names the facts it asks about. */
export type ConditionOf<K extends string> = K extends unknown ? Extract<ScopeCondition, { readonly [P in K]: unknown }> : never;
/** A scope over the conditions named by `K`: `ScopeOf<'officeIdIn' | 'organisationIn'>`. */
export type ScopeOf<K extends string> = ReadScope<ConditionOf<K>>;

export const ALL_ROWS = { all: true } as const;
export const NO_ROWS = { none: true } as const;

/** The rows meeting any of these conditions; `null` stands for a condition that can meet nothing (dropped). */
export function anyOf<C extends ScopeCondition>(conditions: readonly (C | null)[]): ReadScope<C> {
  const kept = conditions.filter((c): c is C => c !== null);
  return kept.length === 0 ? NO_ROWS : { anyOf: kept as [C, ...C[]] };
}

// The conditions, built so that one which can meet nothing is null: nothing is in an empty list, and an actor
// with no person is nobody's coordinator or editor, and one with no user (the system) started nothing.
export const where = {
  officeIdIn: (ids: readonly string[]) => (ids.length ? { officeIdIn: ids } : null),
  organisationIn: (ids: readonly string[]) => (ids.length ? { organisationIn: ids } : null),
  applicantIn: (ids: readonly string[]) => (ids.length ? { applicantIn: ids } : null),
  memberOrganisationIn: (ids: readonly string[]) => (ids.length ? { memberOrganisationIn: ids } : null),
  coordinatorPersonIs: (personId: string | null) => (personId === null ? null : { coordinatorPersonIs: personId }),
  editorPersonIs: (personId: string | null) => (personId === null ? null : { editorPersonIs: personId }),
  creatorUserIs: (userId: string | null) => (userId === null ? null : { creatorUserIs: userId }),
  editorUserIs: (userId: string | null) => (userId === null ? null : { editorUserIs: userId }),
  nationalBody: (yes: boolean) => (yes ? ({ nationalBody: true } as const) : null),
};

/** The facts of a row that conditions ask about. A row without a fact does not meet the condition that asks it. */
export type ScopeRow = {
  /** The office that reads it (for an application: its round's); null for national bodies. */
  officeId: string | null;
  organisationId?: string;
  applicantId?: string;
  memberIds?: readonly string[];
  coordinatorPersonId?: string | null;
  editorPersonIds?: readonly string[];
  creatorUserId?: string | null;
  editorUserIds?: readonly string[];
};

export function matchesCondition(c: ScopeCondition, row: ScopeRow): boolean {
  if ('officeIdIn' in c) return row.officeId !== null && c.officeIdIn.includes(row.officeId);
  if ('nationalBody' in c) return row.officeId === null;
  if ('organisationIn' in c) return row.organisationId !== undefined && c.organisationIn.includes(row.organisationId);
  if ('applicantIn' in c) return row.applicantId !== undefined && c.applicantIn.includes(row.applicantId);
  if ('memberOrganisationIn' in c) return (row.memberIds ?? []).some((id) => c.memberOrganisationIn.includes(id));
  if ('coordinatorPersonIs' in c) return row.coordinatorPersonId === c.coordinatorPersonIs;
  if ('creatorUserIs' in c) return row.creatorUserId === c.creatorUserIs;
  if ('editorUserIs' in c) return (row.editorUserIds ?? []).includes(c.editorUserIs);
  return (row.editorPersonIds ?? []).includes(c.editorPersonIs);
}

/** Whether the row is in the scope: what the repository's SQL selects, evaluated in memory (for the tests). */
export function matchesScope(scope: ReadScope, row: ScopeRow): boolean {
  if ('all' in scope) return true;
  if ('none' in scope) return false;
  return scope.anyOf.some((c) => matchesCondition(c, row));
}
