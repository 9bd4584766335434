import { describe, expect, it } from 'vitest';
import { checkEmbedding } from '../../src/holder/embedding.ts';

const BOOKING = 'http://127.0.0.1:5174';
const OTHER = 'http://127.0.0.1:5175';

describe('checkEmbedding', () => {
  it('posts to the parent origin the browser reports when it is registered', () => {
    expect(
      checkEmbedding({ framed: true, ancestorOrigins: [BOOKING], referrer: '' }, [OTHER, BOOKING]),
    ).toEqual({ ok: true, targetOrigin: BOOKING });
  });

  it('rejects a parent origin that is not registered', () => {
    expect(
      checkEmbedding({ framed: true, ancestorOrigins: [OTHER], referrer: `${BOOKING}/` }, [
        BOOKING,
      ]),
    ).toEqual({ ok: false, reason: 'UNREGISTERED_ORIGIN' });
  });

  it('prefers ancestorOrigins over a referrer that names a registered origin', () => {
    expect(
      checkEmbedding(
        { framed: true, ancestorOrigins: ['http://evil.example'], referrer: `${BOOKING}/page` },
        [BOOKING],
      ),
    ).toEqual({ ok: false, reason: 'UNREGISTERED_ORIGIN' });
  });

  it('falls back to the referrer origin without ancestorOrigins', () => {
    expect(checkEmbedding({ framed: true, referrer: `${BOOKING}/book?x=1` }, [BOOKING])).toEqual({
      ok: true,
      targetOrigin: BOOKING,
    });
    expect(checkEmbedding({ framed: true, referrer: `${OTHER}/` }, [BOOKING])).toEqual({
      ok: false,
      reason: 'UNREGISTERED_ORIGIN',
    });
  });

  it('with nothing revealed, uses the only registered origin and rejects among several', () => {
    expect(checkEmbedding({ framed: true, referrer: '' }, [BOOKING])).toEqual({
      ok: true,
      targetOrigin: BOOKING,
    });
    expect(checkEmbedding({ framed: true, referrer: '' }, [BOOKING, OTHER])).toEqual({
      ok: false,
      reason: 'UNREGISTERED_ORIGIN',
    });
    expect(checkEmbedding({ framed: true, referrer: '' }, [])).toEqual({
      ok: false,
      reason: 'UNREGISTERED_ORIGIN',
    });
  });

  it('rejects when the page is not in a frame at all', () => {
    expect(checkEmbedding({ framed: false, referrer: `${BOOKING}/` }, [BOOKING])).toEqual({
      ok: false,
      reason: 'NOT_EMBEDDED',
    });
  });

  it('treats an opaque (sandboxed) parent as unregistered', () => {
    expect(
      checkEmbedding({ framed: true, ancestorOrigins: ['null'], referrer: '' }, [BOOKING]),
    ).toEqual({
      ok: false,
      reason: 'UNREGISTERED_ORIGIN',
    });
  });
});
