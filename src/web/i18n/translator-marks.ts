// Translator mode: text that fell back to Bokmål arrives as "⟦…⟧". This marks the element holding it with
// data-missing-translation and a title, so it can be styled and hovered. It only sets attributes on existing
// elements (never moves text nodes), so React's own rendering is not disturbed.
import { MISSING_OPEN } from './translate.ts';

const ATTRIBUTE = 'data-missing-translation';
/** Set when the title is ours, so stopping removes only titles this module added. */
const OWN_TITLE = 'data-missing-translation-title';

function markElement(el: Element, language: string, title: string) {
  if (el.getAttribute(ATTRIBUTE) === language) return;
  el.setAttribute(ATTRIBUTE, language);
  if (el.hasAttribute('title')) return;
  el.setAttribute('title', title);
  el.setAttribute(OWN_TITLE, '');
}

function scan(root: Node, language: string, title: string) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.nodeValue?.includes(MISSING_OPEN) && node.parentElement) markElement(node.parentElement, language, title);
}

function unmarkAll(root: Element) {
  for (const el of root.querySelectorAll(`[${ATTRIBUTE}]`)) {
    el.removeAttribute(ATTRIBUTE);
    if (el.hasAttribute(OWN_TITLE)) el.removeAttribute('title');
    el.removeAttribute(OWN_TITLE);
  }
}

/** Starts marking under `root`; returns a function that stops and removes the marks. */
export function markMissingTranslations(root: Element, language: string, title: string): () => void {
  scan(root, language, title);
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'characterData') scan(m.target.parentElement ?? m.target, language, title);
      else m.addedNodes.forEach((n) => scan(n.nodeType === Node.TEXT_NODE ? (n.parentElement ?? n) : n, language, title));
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  return () => {
    observer.disconnect();
    unmarkAll(root);
  };
}
