// An e-mail the platform sends (issue 15, ADR 027): each message kind is one file in this folder with a pure
// function that writes its subject and text in the recipient's written standard, with a link to what it is about.
// The caller queues it with queueEmail in the transaction of the change it tells about.

/** The written standards a message is written in (the recipient's, as the letters: src/domain/tilsagn/recipient.ts). */
export type NoticeLanguage = 'nb' | 'nn';

/** The message kinds, as the outbox page shows them. */
export const NOTICE_KINDS = [
  'invitasjon',
  'kvittering',
  'fristpaminnelse',
  'returnert',
  'innstilling-vedtatt',
  'vedtak',
  'akseptpaminnelse',
  'betalingsvarsel',
  'tilbakebetalingskrav',
  'forum-innkalling',
  'annet',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** A written message: queueEmail({ to, ...notice }) sends it. */
export type Notice = {
  kind: NoticeKind;
  language: NoticeLanguage;
  subject: string;
  text: string;
  /** The page it is about (also in the text). */
  link: string;
};

/** One line per paragraph, with at most one empty line between them (a field left out leaves no gap). */
export const joinLines = (lines: readonly (string | null | undefined | false)[]): string =>
  lines
    .filter((l): l is string => typeof l === 'string')
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
