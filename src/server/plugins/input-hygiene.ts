// Refuses text the database cannot store, once for the whole app, before any route runs: NUL (PostgreSQL refuses
// it in text and jsonb) and unpaired UTF-16 surrogates (not Unicode: jsonb refuses them, and a text column would
// silently get U+FFFD instead). They are looked for in every string and object key of the body at any depth, in the
// query string and in URL parameters; a query string whose percent-encoding does not decode (`%ED%A0%80` is an
// encoded surrogate, `%ud800` and a bare `%` are no encoding at all) is refused too, as Fastify already refuses
// such a path. Without this such input reached SQL and answered 500.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { MESSAGE_MARK } from '../../domain/shared/message.ts';

const NUL = '\u0000';
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** U+2063 marks message tokens (ADR 019): text carrying it could pose as a message, so it is refused like NUL. */
export const isStorableText = (text: string) => !text.includes(NUL) && !text.includes(MESSAGE_MARK) && !LONE_SURROGATE.test(text);

/** Message tokens (ADR 019): said in the reader's language where they are answered. */
export const UNSTORABLE_TEXT_MESSAGE = msg('shared.unstorableText');
export const UNREADABLE_URL_MESSAGE = msg('shared.unreadableUrl');

/** A field name safe to show and to serialize: the bad characters themselves become U+FFFD, and it stays short. */
const printable = (name: string) => name.replaceAll(NUL, '\ufffd').replace(LONE_SURROGATES, '\ufffd').slice(0, 200);

type Node = { value: unknown; key: string; parent: Node | null };

/**
 * The path ("members.0.name") to the first string or object key in `value` that holds a character the database
 * cannot store, or null. Walks with its own stack, so no depth of nesting can overflow the call stack.
 */
export function findUnstorableText(value: unknown): string | null {
  const pathOf = (node: Node) => {
    const parts: string[] = [];
    for (let n: Node | null = node; n; n = n.parent) if (n.key) parts.unshift(n.key);
    return printable(parts.join('.'));
  };
  const stack: Node[] = [{ value, key: '', parent: null }];
  while (stack.length) {
    const node = stack.pop()!;
    const v = node.value;
    if (typeof v === 'string') {
      if (!isStorableText(v)) return pathOf(node);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: String(i), parent: node });
    } else if (typeof v === 'object' && v !== null && !ArrayBuffer.isView(v)) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const child: Node = { value: (v as Record<string, unknown>)[key], key, parent: node };
        if (!isStorableText(key)) return pathOf(child);
        stack.push(child);
      }
    }
  }
  return null;
}

/** The name of the first query parameter whose percent-encoding does not decode, or null when all do. */
export function findUndecodableQueryParameter(url: string): string | null {
  const start = url.indexOf('?');
  if (start < 0) return null;
  for (const pair of url.slice(start + 1).split('&')) {
    const [name = '', value = ''] = pair.split(/=(.*)/s);
    const decoded = decode(name);
    if (decoded === null || decode(value) === null) return printable(decoded ?? name);
  }
  return null;
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

const refuse = (field: string, message: string) =>
  new AppError('VALIDATION', message, { message: `unstorable input in "${field}"`, fieldErrors: field ? [{ field, message }] : [] });

function check(request: FastifyRequest) {
  const undecodable = findUndecodableQueryParameter(request.url);
  if (undecodable !== null) throw refuse(undecodable, UNREADABLE_URL_MESSAGE);
  for (const part of [request.params, request.query, request.body]) {
    const field = findUnstorableText(part);
    if (field !== null) throw refuse(field, UNSTORABLE_TEXT_MESSAGE);
  }
}

export const inputHygienePlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    // The page fallback and 404s run no use case: a page URL with a stray % still loads its page.
    if (request.is404) return;
    check(request);
  });
});
