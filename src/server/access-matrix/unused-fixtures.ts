// Unused money for the access matrix (issue 15 point 2), on the utbetaling fixtures' accepted tilsagn with an approved
// plan (utbetaling-fixtures.ts: Sør-Troms at the own office, Evenes at the other). Rows are written straight into
// unused_funds as the use cases leave them — registered (found by the office), and claimed with the letter's files
// stored — so the matrix tests access, not the rules (src/usecases/utbetaling/unused-funds.test.ts does those).
//
// `unusedFixtures` is made once per database (for cells that only read or are refused); `freshUnused` makes a new
// row per call, for cells that change it.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { fileStoreFor } from '../../db/file-store.ts';
import { unusedFunds } from '../../db/schema/index.ts';
import { claimFileKey } from '../../domain/utbetaling/unused-funds.ts';
import type { Fixtures } from './fixtures.ts';
import type { Tenancy } from './matrix.ts';
import { utbetalingFixtures, type MatrixPlan } from './utbetaling-fixtures.ts';

export type MatrixUnused = { id: string; version: number; vedtakId: string; officeId: string };
export type UnusedFixtures = { registered: Record<Tenancy, MatrixUnused>; claimed: Record<Tenancy, MatrixUnused>; plan: Record<Tenancy, MatrixPlan> };

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
let claimCounter = 0;

/** The owner's line of the plan's first year: what the unused money is of. */
export const ownerLineOf = (plan: MatrixPlan) => plan.lines.find((l) => l.recipient === 'owner' && l.year === plan.year)!;

/** A new row of the tenancy's tilsagn: 'registrert' (1 krone the office found), or 'krevd' with its files stored. */
export async function freshUnused(db: Db, fx: Fixtures, tenancy: Tenancy, state: 'registrert' | 'krevd'): Promise<MatrixUnused> {
  const plan = (await utbetalingFixtures(db, fx)).planned[tenancy];
  const line = ownerLineOf(plan);
  const officeId = fx.office[tenancy];
  const base = {
    officeId,
    vedtakId: plan.vedtakId,
    partnershipId: plan.partnershipId,
    year: line.year,
    recipient: 'owner',
    recipientOrgId: line.recipientOrgId,
    amountKr: 1_000,
    source: 'kontor',
    registeredByName: 'Siri Saksbehandler',
  };
  if (state === 'registrert') {
    const [row] = await db.insert(unusedFunds).values(base).returning();
    return { id: row!.id, version: row!.version, vedtakId: plan.vedtakId, officeId };
  }
  claimCounter += 1;
  const [row] = await db
    .insert(unusedFunds)
    .values({
      ...base,
      state: 'krevd',
      reason: 'Ikke brukt (matrisen).',
      decidedByName: 'Siri Saksbehandler',
      decidedAt: new Date(),
      claimDocumentNumber: `2098/${9000 + claimCounter}-1`,
      claimDueLocal: '2099-01-31',
      claimKontonr: '76940512057',
      claimLanguage: 'nb',
    })
    .returning();
  if (!fx.dataDir) throw new Error('the access-matrix test must set fx.dataDir to the test app’s DATA_DIR');
  const files = fileStoreFor({ databaseUrl: undefined, dataDir: fx.dataDir, db });
  const keys = { pdf: claimFileKey(row!.id, 'pdf'), docx: claimFileKey(row!.id, 'docx') };
  await files.put({ key: keys.pdf, contentType: 'application/pdf', data: PDF });
  await files.put({ key: keys.docx, contentType: 'application/octet-stream', data: Buffer.from('PK matrix') });
  await db.update(unusedFunds).set({ claimPdfKey: keys.pdf, claimDocxKey: keys.docx }).where(eq(unusedFunds.id, row!.id));
  return { id: row!.id, version: row!.version, vedtakId: plan.vedtakId, officeId };
}

const made = new WeakMap<Db, Promise<UnusedFixtures>>();

export function unusedFixtures(db: Db, fx: Fixtures): Promise<UnusedFixtures> {
  if (!made.has(db)) made.set(db, make(db, fx));
  return made.get(db)!;
}

async function make(db: Db, fx: Fixtures): Promise<UnusedFixtures> {
  const planned = (await utbetalingFixtures(db, fx)).planned;
  const out = { registered: {}, claimed: {}, plan: planned } as UnusedFixtures;
  for (const tenancy of ['own', 'other'] as const) {
    out.registered[tenancy] = await freshUnused(db, fx, tenancy, 'registrert');
    out.claimed[tenancy] = await freshUnused(db, fx, tenancy, 'krevd');
  }
  return out;
}
