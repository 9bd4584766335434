import { describe, expect, it, vi } from 'vitest';
import { verifyCredential } from '../../../src/protocol/index.ts';

// The EU DCC chunk fails to load, as it would offline before it was ever cached.
vi.mock('../../../src/protocol/credentials/eudcc/index.ts', () => {
  throw new Error('chunk not available');
});

describe('verifyCredential when a format chunk cannot load', () => {
  it('answers UNKNOWN_KEY ("cannot verify"), not MALFORMED, and does not throw', async () => {
    expect(await verifyCredential('HC1:NCFOXN', {})).toEqual({
      ok: false,
      format: 'eudcc',
      code: 'UNKNOWN_KEY',
      cause: 'load',
    });
  });
});
