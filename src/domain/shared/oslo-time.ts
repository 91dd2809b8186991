// Europe/Oslo wall-clock time, read with Intl (no date library), for everything that shows or decides by Norwegian
// time: the UI's dd.mm.yyyy and hh:mm, and the deadlines of rounds. Shared by browser and server.

import { msg } from './message-keys.ts';

export const OSLO_TIME_ZONE = 'Europe/Oslo';

/** Wall-clock fields of a local date and time (month 1–12). */
export type TLocalDateTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Oslo wall clock at an instant. */
export function osloWallClock(instant: Date): TLocalDateTime {
  const fields: Record<string, number> = {};
  for (const p of osloParts.formatToParts(instant)) if (p.type !== 'literal') fields[p.type] = Number(p.value);
  return {
    year: fields.year ?? 0,
    month: fields.month ?? 0,
    day: fields.day ?? 0,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 01.12.2023 */
export function formatOsloDate(instant: Date): string {
  const t = osloWallClock(instant);
  return `${pad(t.day)}.${pad(t.month)}.${pad(t.year, 4)}`;
}

/** 23:59 */
export function formatOsloTime(instant: Date): string {
  const t = osloWallClock(instant);
  return `${pad(t.hour)}:${pad(t.minute)}`;
}

/** 01.12.2023 kl. 23:59 — the style of messages about deadlines. */
export function formatOsloDateTime(instant: Date): string {
  return `${formatOsloDate(instant)} kl. ${formatOsloTime(instant)}`;
}

/** 01.12.2023 kl. 23:59 as a message token: said in the reader's language ("01.12.2023 at 23:59" in English), for a
 * time inside a message (ADR 019). */
export function osloDateTimeMessage(instant: Date): string {
  return msg('shared.dateAtTime', { date: formatOsloDate(instant), time: formatOsloTime(instant) });
}
