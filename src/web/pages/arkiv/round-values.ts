// Pure helpers of the round's archive page (issue 15, point 4; docs/archive.md): how an entry's parties, dates and
// screening read in the table, and the journalpost form's value → request body.
import type { z } from 'zod';
import type { ZJournalEntry } from '../../../domain/arkiv/journal-contract.ts';

type Entry = z.output<typeof ZJournalEntry>;
type Party = NonNullable<Entry['avsender']>;

/** dd.mm.yyyy of the entry's Oslo date (`YYYY-MM-DD`, already Oslo time on the server); the text as given otherwise. */
export function localDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : date;
}

/** "Harstad kommune (org.nr. 940 …)" as the archive registers the party; the organisation number as given. */
export const partyText = (p: Party, orgnrLabel: (orgnr: string) => string) => (p.orgnr ? `${p.name} (${orgnrLabel(p.orgnr)})` : p.name);

/** Tilgangskode and hjemmel together ("U – Offl. § 13"), or nothing when the document is open. */
export function screeningText(e: Pick<Entry, 'tilgangskode' | 'hjemmel'>): string {
  return [e.tilgangskode, e.hjemmel].filter((s): s is string => !!s).join(' – ');
}

/** The field → PUT …/journalpost: trimmed, and an empty field clears the number (null), as the server's schema reads it. */
export const journalpostBody = (typed: string) => ({ journalpostnummer: typed.trim() === '' ? null : typed.trim() });

/** The name an entry goes by in labels and messages: its document number; before it has one, its title with its case
 * (a round's innstilling is one entry per county case, under the same title). */
export const entryName = (e: Pick<Entry, 'dokumentnummer' | 'tittel' | 'saksnummer'>, caseLabel: (saksnummer: string) => string) =>
  e.dokumentnummer ?? (e.saksnummer ? `${e.tittel}, ${caseLabel(e.saksnummer)}` : e.tittel);

/** Every entry's name, made unique by a running number where two would still read alike: each row's field and button
 * are named by it, and two fields of one name could not be told apart by ear. */
export function entryNames<E extends Pick<Entry, 'kind' | 'id' | 'dokumentnummer' | 'tittel' | 'saksnummer'>>(
  entries: readonly E[],
  caseLabel: (saksnummer: string) => string,
): Map<string, string> {
  const names = entries.map((e) => entryName(e, caseLabel));
  const seen = new Map<string, number>();
  return new Map(
    entries.map((e, i) => {
      const name = names[i]!;
      if (names.indexOf(name) === names.lastIndexOf(name)) return [`${e.kind}:${e.id}`, name];
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      return [`${e.kind}:${e.id}`, `${name} (${n})`];
    }),
  );
}
