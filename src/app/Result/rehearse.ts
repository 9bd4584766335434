/**
 * A verdict drawn once where nobody sees it, while the home screen is idle: the first real
 * verdict then finds the result card's code compiled and its styles, layout and type ready
 * (measured at 6x CPU throttling: the first verdict's record and render took ~130 ms, later
 * ones ~45 ms). It is drawn and removed within one task, hidden, inert and out of the
 * accessibility tree, so no reader of the screen, no focus and no announcement ever meets it.
 * A lazy chunk that imports nothing: the card and Preact's `render` and `h` are handed in, so
 * the first load carries none of this and shares no chunk with it.
 */
import type { ComponentType, h as H, render as Render } from 'preact';
import type { Outcome } from '../../core/outcome.ts';
import type { ResultProps } from './index.tsx';

/** What the rehearsal draws with. */
export interface RehearsalParts {
  render: typeof Render;
  h: typeof H;
  Card: ComponentType<ResultProps>;
}

const noop = () => undefined;

let rehearsed = false;

/** Draws a passing verdict off screen, lays it out, and removes it; once a page. */
export function rehearseResult({ render, h, Card }: RehearsalParts): void {
  if (rehearsed || typeof document === 'undefined') return;
  rehearsed = true;
  const outcome: Outcome = {
    kind: 'status',
    format: 'kycvs',
    status: 2,
    name: 'Warm Up',
    mob: '0000',
    issuedAt: Date.now(),
    alreadyCheckedAt: null,
    staleKeys: false,
    clockWarning: false,
  };
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  host.style.cssText = 'position:fixed;inset:0;visibility:hidden;pointer-events:none';
  document.body.append(host);
  try {
    render(h(Card, { outcome, onNext: noop, onClear: noop }), host);
    // Style and layout now, as the first real verdict will need them.
    void host.offsetHeight;
  } finally {
    render(null, host);
    host.remove();
  }
}
