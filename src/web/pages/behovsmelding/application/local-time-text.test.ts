import { describe, expect, it } from 'vitest';
import { isSubmissionOnTime } from '../../../../domain/behovsmelding/round-deadline.ts';
import { renderIn } from '../../../../domain/shared/message-catalogs.ts';
import { catalogs, type MessageKey } from '../../../i18n/catalogs.ts';
import type { TFunction } from '../../../i18n/i18n-context.tsx';
import { translate, type MessageVars } from '../../../i18n/translate.ts';
import { formatLocalDateTimeNo } from '../rounds/local-date-time.ts';
import { formatLocalDeadline } from './local-time-text.ts';

describe('formatLocalDeadline', () => {
  it('writes an Oslo wall-clock time as it is, the Norwegian way', () => {
    expect(formatLocalDeadline('2023-12-01T23:59:59')).toBe('01.12.2023 kl. 23:59');
    expect(formatLocalDeadline(null)).toBe('');
    expect(formatLocalDeadline('i morgen')).toBe('');
  });
});

describe('times and dates in every language (issue 12, point 10)', () => {
  const tIn = (language: string) => ((key: MessageKey, vars?: MessageVars) => translate({ catalogs, language, translatorMode: false }, key, vars)) as TFunction;

  it('times are shown one way, 23:59, never 23:59:59 beside it', () => {
    expect(formatLocalDeadline('2023-12-01T23:59:59', tIn('nb'))).toBe('01.12.2023 kl. 23:59');
    expect(formatLocalDateTimeNo('2023-12-01T23:59:59', tIn('nb'))).toBe(formatLocalDeadline('2023-12-01T23:59:59', tIn('nb')));
  });

  it('English dates do not keep "kl."', () => {
    expect(formatLocalDeadline('2023-12-01T23:59:59', tIn('en'))).toBe('01.12.2023 at 23:59');
    expect(formatLocalDateTimeNo('2024-06-01T08:00:00', tIn('en'))).toBe('01.06.2024 at 08:00');
    expect(formatLocalDeadline('2023-12-01T23:59:59', tIn('nn'))).toBe('01.12.2023 kl. 23:59');
  });

  it('English server messages about a deadline do not keep "kl." either', () => {
    const late = isSubmissionOnTime({ deadlineLocal: '2023-12-01T23:59:59', submittedAt: new Date('2023-12-02T09:00:00Z') });
    expect(!late.onTime && renderIn('en', late.message)).toMatch(/01\.12\.2023 at 23:59/);
    expect(!late.onTime && renderIn('nb', late.message)).toBe('Fristen gikk ut 01.12.2023 kl. 23:59. Be saksbehandler om utsatt frist.');
  });
});
