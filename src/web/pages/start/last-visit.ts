// The case officer's last visit to the start page, which decides what counts as a new submission. Kept in this
// browser's localStorage per user: the database has no place for a user's preferences yet, and a column for it
// would need a migration (issue 12, point 5 — see the report). Another browser starts from the server's look-back.
const key = (userId: string) => `kl.start.lastVisit.${userId}`;

/** The instant of the previous visit, or undefined (never, or storage unavailable). */
export function readLastVisit(userId: string): string | undefined {
  try {
    return localStorage.getItem(key(userId)) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writeLastVisit(userId: string, at: Date): void {
  try {
    localStorage.setItem(key(userId), at.toISOString());
  } catch {
    // Private mode or full storage: the next visit falls back to the server's look-back.
  }
}
