/**
 * Layout checks for the browser tests of SPEC §12: at 360 × 640 no element is wider than its
 * box, none reaches past the viewport, and no text is cut off.
 */
import type { Frame, Page } from 'playwright-core';

/**
 * Every element on the page that overflows: its content wider than its box (scrollWidth past
 * clientWidth), text cut off in a box that hides what overflows, or the element reaching past
 * the viewport's edge; the page itself scrolling sideways too. Each named by tag, class and text.
 */
export function overflowsOn(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    const width = root.clientWidth;
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
      const cls = typeof el.className === 'string' && el.className ? `.${el.className}` : '';
      return `${el.tagName.toLowerCase()}${cls} "${text}"`;
    };
    if (root.scrollWidth > width)
      problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${width}`);
    // Fields hold what is typed and scroll it by design; media have no text to cut.
    const fields = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'VIDEO', 'CANVAS', 'IMG']);
    for (const el of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      // An element inside a fixed-size clip of the kind screen readers use is never seen.
      if (el.closest('.visually-hidden, .sr-only')) continue;
      if (rect.right > width + 0.5 || rect.left < -0.5) {
        problems.push(
          `${describe(el)} reaches past the viewport (${Math.round(rect.left)}..${Math.round(rect.right)})`,
        );
      }
      if (fields.has(el.tagName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue;
      if (style.display === 'inline') continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        problems.push(
          `${describe(el)} is wider than its box (${el.scrollWidth} > ${el.clientWidth})`,
        );
      }
      const clipsY = ['hidden', 'clip'].includes(style.overflowY);
      if (clipsY && el.scrollHeight > el.clientHeight + 1) {
        problems.push(`${describe(el)} has text cut off (${el.scrollHeight} > ${el.clientHeight})`);
      }
    }
    return problems;
  });
}
