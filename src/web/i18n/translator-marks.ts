// Translator mode: text that fell back to Bokmål arrives as "⟦…⟧", a draft translation (ADR 019) as "⸢…⸣". This marks
// the element holding it with data-missing-translation or data-draft-translation and a title, so it can be styled
// and hovered. It only sets attributes on existing elements (never moves text nodes), so React's own rendering is not
// disturbed.
import { DRAFT_OPEN, MISSING_OPEN } from './translate.ts';

const MISSING = 'data-missing-translation';
const DRAFT = 'data-draft-translation';
/** Set when the title is ours, so stopping removes only titles this module added. */
const OWN_TITLE = 'data-missing-translation-title';

/** The titles a marked element gets (for translators, in Bokmål). */
export type MarkTitles = { missing: string; draft: string };

function markElement(el: Element, attribute: string, language: string, title: string) {
  if (el.getAttribute(attribute) === language) return;
  el.setAttribute(attribute, language);
  if (el.hasAttribute('title')) return;
  el.setAttribute('title', title);
  el.setAttribute(OWN_TITLE, '');
}

function scan(root: Node, language: string, titles: MarkTitles) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !node.nodeValue) continue;
    // A missing text's title comes first: markElement keeps a title already there.
    if (node.nodeValue.includes(MISSING_OPEN)) markElement(el, MISSING, language, titles.missing);
    if (node.nodeValue.includes(DRAFT_OPEN)) markElement(el, DRAFT, language, titles.draft);
  }
}

function unmarkAll(root: Element) {
  for (const el of root.querySelectorAll(`[${MISSING}], [${DRAFT}]`)) {
    el.removeAttribute(MISSING);
    el.removeAttribute(DRAFT);
    if (el.hasAttribute(OWN_TITLE)) el.removeAttribute('title');
    el.removeAttribute(OWN_TITLE);
  }
}

/** Starts marking missing and draft translations under `root`; returns a function that stops and removes the marks. */
export function markTranslations(root: Element, language: string, titles: MarkTitles): () => void {
  scan(root, language, titles);
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'characterData') scan(m.target.parentElement ?? m.target, language, titles);
      else m.addedNodes.forEach((n) => scan(n.nodeType === Node.TEXT_NODE ? (n.parentElement ?? n) : n, language, titles));
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  return () => {
    observer.disconnect();
    unmarkAll(root);
  };
}
