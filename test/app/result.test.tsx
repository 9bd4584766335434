// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RESULT_CLEAR_MS, Result, reasonText } from '../../src/app/Result/index.tsx';
import type { Outcome } from '../../src/core/outcome.ts';
import { VERDICT_CODES } from '../../src/protocol/index.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const base = { staleKeys: false, clockWarning: false };
const holder = { name: 'Asha Verma', mob: '4321', issuedAt: Date.UTC(2025, 0, 15, 10, 0) };

const cases: [Outcome, string][] = [
  [{ kind: 'status', format: 'kycvs', status: 2, ...holder, ...base }, 'Fully vaccinated'],
  [{ kind: 'status', format: 'kycvs', status: 1, ...holder, ...base }, 'Partially vaccinated'],
  [{ kind: 'status', format: 'kycvs', status: 0, ...holder, ...base }, 'Not vaccinated'],
  [{ kind: 'invalid', format: 'kycvs', code: 'BAD_SIGNATURE', ...base }, 'Invalid'],
  [{ kind: 'cannot-verify', format: 'kycvs', reason: 'UNKNOWN_KEY', ...base }, 'Cannot verify'],
  [{ kind: 'cannot-verify', format: 'kycvs', reason: 'NO_KEYS', ...base }, 'Cannot verify'],
];

function show(outcome: Outcome) {
  const onNext = vi.fn();
  const onClear = vi.fn();
  render(<Result outcome={outcome} onNext={onNext} onClear={onClear} />);
  return { onNext, onClear, status: screen.getByRole('status') };
}

describe('Result', () => {
  for (const [outcome, heading] of cases) {
    it(`begins with "${heading}" for ${JSON.stringify(outcome).slice(0, 60)}`, () => {
      const { status } = show(outcome);
      expect(status.textContent?.startsWith(heading)).toBe(true);
    });
  }

  it('shows the name, the last 4 mobile digits and the issue time for a status', () => {
    const { status } = show({ kind: 'status', format: 'kycvs', status: 2, ...holder, ...base });
    expect(status.textContent).toContain('Name: Asha Verma');
    expect(status.textContent).toContain('Mobile number ends in 4321');
    expect(status.textContent).toMatch(/Issued .*2025/);
  });

  it.each([
    ['divoc', 'CoWIN certificate'],
    ['eudcc', 'EU Digital COVID Certificate'],
    ['shc', 'SMART Health Card'],
  ] as const)('names a %s code "%s" and shows only name and birth date', (format, kind) => {
    const { status } = show({
      kind: 'status',
      format,
      status: 1,
      name: 'Kavya Nair',
      birthDate: '1992-08-17',
      issuedAt: Date.UTC(2025, 0, 15, 10, 0),
      ...base,
    });
    const text = status.textContent ?? '';
    expect(text.startsWith('Partially vaccinated')).toBe(true);
    expect(text).toContain(kind);
    expect(text).toContain('Name: Kavya Nair');
    expect(text).toContain('Born 1992-08-17');
    // SPEC §9: no dates of the certificate itself, no mobile digits it does not carry.
    expect(text).not.toMatch(/Issued|2025|Mobile/);
  });

  it('names a KYC-VS status as such, with no birth date', () => {
    const { status } = show({ kind: 'status', format: 'kycvs', status: 2, ...holder, ...base });
    expect(status.textContent).toContain('KYC-VS status');
    expect(status.textContent).not.toContain('Born');
  });

  it('says "Not a vaccination certificate" for a test or recovery certificate, with its kind', () => {
    const { status } = show({ kind: 'not-vaccination', format: 'eudcc', ...base });
    expect(status.textContent?.startsWith('Not a vaccination certificate')).toBe(true);
    expect(status.textContent).toContain('EU Digital COVID Certificate');
    expect(status.textContent).not.toMatch(/Invalid|forged/);
  });

  it('says "Cannot verify", never forged, for a certificate whose signer is not held', () => {
    const { status } = show({
      kind: 'cannot-verify',
      format: 'shc',
      reason: 'UNKNOWN_KEY',
      ...base,
    });
    expect(status.textContent?.startsWith('Cannot verify')).toBe(true);
    expect(status.textContent).toContain('SMART Health Card');
    expect(status.textContent).toContain('trust list');
    expect(status.textContent).not.toMatch(/forged|Invalid|registry key/);
  });

  it('never shows a name for an invalid code, and says why in words', () => {
    const { status } = show({ kind: 'invalid', format: 'kycvs', code: 'BAD_SIGNATURE', ...base });
    expect(status.textContent).toContain('forged or was altered');
    expect(status.textContent).not.toContain('Name:');
  });

  it('does not call a token with an unknown key forged', () => {
    const { status } = show({
      kind: 'cannot-verify',
      format: 'kycvs',
      reason: 'UNKNOWN_KEY',
      ...base,
    });
    expect(status.textContent).not.toMatch(/forged|Invalid/);
  });

  it('has distinct words for every verdict code', () => {
    const words = VERDICT_CODES.map((code) =>
      reasonText({ kind: 'invalid', format: 'kycvs', code, ...base }),
    );
    expect(new Set(words).size).toBe(VERDICT_CODES.length);
    for (const text of words) expect(text).toMatch(/\w{3,}/);
  });

  it('carries the icon as a picture and the verdict as words, never colour alone', () => {
    const { status } = show({ kind: 'status', format: 'kycvs', status: 0, ...holder, ...base });
    expect(status.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(status.querySelector('h1')?.textContent).toBe('Not vaccinated');
  });

  it('warns when the keys used are stale or the clock is off', () => {
    const { status } = show({
      kind: 'status',
      format: 'kycvs',
      status: 2,
      ...holder,
      staleKeys: true,
      clockWarning: true,
    });
    expect(status.textContent).toContain('more than 7 days old');
    expect(status.textContent).toContain('clock may be wrong');
  });

  it('"Next" goes back to scanning', () => {
    const { onNext } = show({ kind: 'status', format: 'kycvs', status: 2, ...holder, ...base });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onNext).toHaveBeenCalledTimes(1);
  });

  it('clears itself after 30 seconds', () => {
    vi.useFakeTimers();
    const { onClear } = show({ kind: 'status', format: 'kycvs', status: 2, ...holder, ...base });
    vi.advanceTimersByTime(RESULT_CLEAR_MS - 1);
    expect(onClear).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onClear).toHaveBeenCalledTimes(1);
  });

  it('clears itself when the page is hidden', () => {
    const { onClear } = show({ kind: 'status', format: 'kycvs', status: 2, ...holder, ...base });
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    visibility.mockRestore();
    expect(onClear).toHaveBeenCalledTimes(1);
  });
});
