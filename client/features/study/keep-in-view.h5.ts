/**
 * H5: keeps the element `selector` names on screen while 朗读 follows the text — nothing moves while it
 * is well inside the window; near an edge or off screen it is scrolled to the middle. (Taro's H5
 * pageScrollTo measures offsetTop from the nearest positioned parent, wrong for a sentence in a paragraph.)
 */
export const keepInView = (selector: string): void => {
  const el = typeof document !== 'undefined' ? document.querySelector(selector) : null;
  if (!el) return;
  const rect = el.getBoundingClientRect();
  const height = window.innerHeight;
  if (rect.top >= height * 0.2 && rect.bottom <= height * 0.8) return;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
};
