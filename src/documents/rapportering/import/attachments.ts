// Attachment file names and their links. The printout does not print a link beside its file name: the extraction
// collects every link of a page at the page's bottom, one link line per printed line of link text (a file name that
// wraps gives its link twice in a row). So per page, the attachment links (those ending in a UUID; other links come
// from hyperlinks in answers and belong to no field) pair with the file-name lines of that page in order. When the
// counts do not agree (a damaged page), names are told apart by their file extension and the distinct links paired
// in order, and what is left over is reported.
import type { TInternRapportAttachment } from '../../../domain/rapportering/intern-rapport.ts';
import type { TImportProblem } from './import-types.ts';
import { joinPrinted, type TPrintedLine } from './printed-lines.ts';
import { msg } from '../../../domain/shared/message-keys.ts';

export type TPendingAttachments = { target: TInternRapportAttachment[]; lines: TPrintedLine[] };

const ATTACHMENT_LINK = /\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isAttachmentLink(line: TPrintedLine): boolean {
  return line.kind === 'link' && ATTACHMENT_LINK.test(line.raw.trim());
}

export function resolveAttachments(pending: readonly TPendingAttachments[], links: readonly TPrintedLine[], problems: TImportProblem[]) {
  const linksByPage = groupByPage(links.filter(isAttachmentLink));
  const nameLines = pending.flatMap((p) => p.lines.map((line) => ({ line, owner: p })));
  const urlOf = new Map<TPrintedLine, string | null>();
  for (const [page, lines] of groupByPage(nameLines.map((n) => n.line))) {
    const pageLinks = (linksByPage.get(page) ?? []).map((l) => l.raw.trim());
    if (pageLinks.length === lines.length) {
      lines.forEach((line, i) => urlOf.set(line, pageLinks[i] ?? null));
      continue;
    }
    // Damaged: one link per file, files ended by their extension.
    const distinct = pageLinks.filter((url, i) => url !== pageLinks[i - 1]);
    let file = 0;
    for (const line of lines) {
      urlOf.set(line, distinct[file] ?? null);
      if (/\.[a-z0-9]{2,5}\s*$/i.test(line.raw)) file++;
    }
    const first = lines[0]!;
    problems.push({
      line: first.no,
      message: msg('rapportering.import.linksMismatch', { files: lines.length, links: pageLinks.length, from: first.no }),
    });
  }
  for (const { target, lines } of pending) {
    let current: { raws: string[]; url: string | null } | null = null;
    const files: { raws: string[]; url: string | null }[] = [];
    for (const line of lines) {
      const url = urlOf.get(line) ?? null;
      const continues = current !== null && (url !== null ? current.url === url : !/\.[a-z0-9]{2,5}\s*$/i.test(current.raws[current.raws.length - 1] ?? ''));
      if (current && continues) {
        current.raws.push(line.raw);
      } else {
        current = { raws: [line.raw], url };
        files.push(current);
      }
    }
    for (const f of files) {
      target.push({ name: joinPrinted(f.raws), url: f.url });
      if (f.url === null) problems.push({ line: lines[0]?.no ?? 0, message: msg('rapportering.import.noAttachmentLink', { file: joinPrinted(f.raws) }) });
    }
  }
}

function groupByPage<T extends TPrintedLine>(lines: readonly T[]): Map<number, T[]> {
  const pages = new Map<number, T[]>();
  for (const line of lines) pages.set(line.page, [...(pages.get(line.page) ?? []), line]);
  return pages;
}
