// The language to answer a person in: the browser client sends its UI language in Accept-Language; anything else
// (no header, a language without texts) gets Bokmål, the service's main language.
import type { FastifyRequest } from 'fastify';
import { MESSAGE_LANGUAGES, type MessageLanguage } from '../../domain/shared/message-catalogs.ts';

const ALIASES: Record<string, MessageLanguage> = { no: 'nb', nob: 'nb', nno: 'nn', sme: 'se' };

export function requestLanguage(request: FastifyRequest): MessageLanguage {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string') return 'nb';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? '1');
      return { primary: tag.toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, index };
    })
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { primary } of ranked) {
    const code = (MESSAGE_LANGUAGES as readonly string[]).includes(primary) ? (primary as MessageLanguage) : ALIASES[primary];
    if (code) return code;
  }
  return 'nb';
}
