// The audit-log search form: filters from a query string. Dates without a time are whole days in Europe/Oslo,
// so "to 2024-05-31" includes everything logged on 31 May Norwegian time.
import { z } from 'zod';
import { msg } from '../shared/message-keys.ts';

export const AUDIT_PAGE_SIZE = 50;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds Oslo is ahead of UTC at a given instant (+1 h in winter, +2 h in summer). */
function osloOffsetMs(at: Date): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

/** Start of a calendar day in Europe/Oslo, as an instant. */
export function osloDayStart(day: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  return new Date(utcMidnight - osloOffsetMs(new Date(utcMidnight)));
}

const zInstant = (label: string, endOfDay: boolean) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const valid = DATE_ONLY.test(v) ? !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) : !Number.isNaN(Date.parse(v));
      if (!valid) {
        ctx.addIssue({ code: 'custom', message: msg('audit.notADate', { label }) });
        return z.NEVER;
      }
      if (!DATE_ONLY.test(v)) return new Date(v);
      if (!endOfDay) return osloDayStart(v);
      const next = new Date(Date.parse(`${v}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      return new Date(osloDayStart(next).getTime() - 1);
    });

const zFilterText = (label: string) =>
  z
    .string()
    .trim()
    .max(200, { message: msg('shared.tooLong', { label, max: 200 }) })
    .optional()
    .transform((v) => v || undefined);

export const ZAuditQuery = z.object({
  entityType: zFilterText(msg('audit.label.entityType')),
  entityId: zFilterText(msg('audit.label.entityId')),
  actorUserId: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.uuid({ message: msg('audit.invalidUserId') }).optional()),
  from: zInstant(msg('audit.label.fromDate'), false),
  to: zInstant(msg('audit.label.toDate'), true),
  page: z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : 1))
    .pipe(z.number({ error: msg('shared.pageNotNumber') }).int({ message: msg('shared.pageNotWhole') }).min(1, { message: msg('shared.pageTooSmall') }).max(100_000, { message: msg('shared.pageTooLarge') })),
});
export type TAuditQuery = z.output<typeof ZAuditQuery>;
