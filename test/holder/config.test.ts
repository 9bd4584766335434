import { describe, expect, it } from 'vitest';
import { parseHolderConfig, serializeHolderConfig } from '../../src/holder/config.ts';
import type { HolderPageConfig } from '../../src/holder/config.ts';

describe('holder page configuration', () => {
  it('survives a round trip through the inline JSON', () => {
    const config: HolderPageConfig = {
      mode: 'embedded',
      verifier: { id: 'rail-1', name: 'Rail & Co', origins: ['http://127.0.0.1:5174'] },
      nonce: 'abc',
    };
    expect(parseHolderConfig(JSON.parse(serializeHolderConfig(config)))).toEqual(config);
  });

  it('cannot close the inline script whatever the verifier is called', () => {
    const name = '</script><script>alert(1)</script>\u2028';
    const text = serializeHolderConfig({
      mode: 'embedded',
      verifier: { id: 'x', name, origins: [] },
    });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect((JSON.parse(text) as { verifier: { name: string } }).verifier.name).toBe(name);
  });

  it('rejects shapes that are not a configuration', () => {
    expect(parseHolderConfig(null)).toBeNull();
    expect(parseHolderConfig({ mode: 'admin' })).toBeNull();
    expect(parseHolderConfig({ mode: 'embedded' })).toBeNull();
    expect(parseHolderConfig({ mode: 'embedded', verifier: { id: 'x', name: 'y' } })).toBeNull();
    expect(parseHolderConfig({ mode: 'rejected', reason: 'WHATEVER' })).toBeNull();
  });

  it('keeps a rejection and the origin to notify', () => {
    expect(
      parseHolderConfig({ mode: 'rejected', reason: 'UNKNOWN_CLIENT', notify: 'http://a.test' }),
    ).toEqual({ mode: 'rejected', reason: 'UNKNOWN_CLIENT', notify: 'http://a.test' });
  });
});
