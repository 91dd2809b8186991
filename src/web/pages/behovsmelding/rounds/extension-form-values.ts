// The extension form's values and the body they become (issue 12, point 10: times one way, to the minute). A new
// deadline is entered like the round's own: to the minute, lasting to its end (`23:59` → `23:59:59`), so the form
// neither asks for nor shows seconds.
import type { DateTimeParts } from './local-date-time.ts';
import { joinLocalDateTime } from './local-date-time.ts';

export type ExtensionValues = { partnershipId: string; until: DateTimeParts; reason: string };

export const emptyExtensionValues = (): ExtensionValues => ({ partnershipId: '', until: { date: '', time: '23:59' }, reason: '' });

export const extensionBody = (v: ExtensionValues) => ({ partnershipId: v.partnershipId, untilLocal: joinLocalDateTime(v.until, { endOfMinute: true }), reason: v.reason });
