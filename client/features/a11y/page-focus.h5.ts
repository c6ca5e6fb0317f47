/**
 * Taro H5 scrolls each page inside its own `.taro_page` element, which a keyboard or switch user cannot
 * reach (axe: scrollable-region-focusable) when the page holds no focusable control. Every page element
 * Taro adds is made focusable and named, once, as it appears.
 */
const mark = (el: Element) => {
  if (!el.classList.contains('taro_page') || el.hasAttribute('tabindex')) return;
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'region');
  // Not document.title: it may still name the previous page when Taro adds this one.
  el.setAttribute('aria-label', '本页内容');
};

export function makePagesFocusable(): void {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  document.querySelectorAll('.taro_page').forEach(mark);
  new MutationObserver((changes) => {
    for (const change of changes) change.addedNodes.forEach((node) => node instanceof Element && mark(node));
  }).observe(document.body, { childList: true, subtree: true });
}
