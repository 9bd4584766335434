/** SPEC §11: the keys an event derives from its secret, the credential tag, and the entry shape. */
import { describe, expect, it } from 'vitest';
import {
  deriveHubToken,
  deriveTagKey,
  hubTokenHash,
  isEventEntry,
  randomBase64url,
  tagOf,
  EVENT_ID_PATTERN,
  EVENT_SECRET_PATTERN,
  HUB_TOKEN_PATTERN,
} from '../../src/events/shared.ts';
import { decodeBase64url } from '../../src/protocol/base64url.ts';

const ID = randomBase64url(16);
const SECRET = randomBase64url(32);
const ENTRY = {
  gate: 'Gate 1',
  time: 1_760_000_000_000,
  method: 'qr',
  format: 'eudcc',
  verdict: 'full',
  tag: 'A'.repeat(22),
};

describe('event keys', () => {
  it('makes ids and secrets of 128 and 256 random bits', () => {
    expect(ID).toMatch(EVENT_ID_PATTERN);
    expect(SECRET).toMatch(EVENT_SECRET_PATTERN);
    expect(decodeBase64url(SECRET)).toHaveLength(32);
    expect(randomBase64url(32)).not.toBe(SECRET);
  });

  it('derives one hub token per event and secret, unlike the secret', async () => {
    const token = await deriveHubToken(SECRET, ID);
    expect(token).toMatch(HUB_TOKEN_PATTERN);
    expect(token).not.toBe(SECRET);
    expect(await deriveHubToken(SECRET, ID)).toBe(token);
    expect(await deriveHubToken(SECRET, randomBase64url(16))).not.toBe(token);
    expect(await deriveHubToken(randomBase64url(32), ID)).not.toBe(token);
    expect(await hubTokenHash(token)).not.toBe(token);
    expect(decodeBase64url(await hubTokenHash(token))).toHaveLength(32);
  });

  it('refuses a secret that is not 32 bytes', async () => {
    await expect(deriveHubToken('short', ID)).rejects.toBeInstanceOf(TypeError);
  });

  it('tags a credential id with 128 bits that depend on the event', async () => {
    const key = await deriveTagKey(SECRET, ID);
    const tag = await tagOf(key, 'URN:UVCI:01:DE:XYZ#1');
    expect(decodeBase64url(tag)).toHaveLength(16);
    expect(await tagOf(key, 'URN:UVCI:01:DE:XYZ#1')).toBe(tag);
    expect(await tagOf(key, 'URN:UVCI:01:DE:XYZ#2')).not.toBe(tag);
    const other = await deriveTagKey(randomBase64url(32), ID);
    expect(await tagOf(other, 'URN:UVCI:01:DE:XYZ#1')).not.toBe(tag);
  });
});

describe('isEventEntry', () => {
  it('accepts an entry with exactly the SPEC §11 fields', () => {
    expect(isEventEntry(ENTRY)).toBe(true);
    expect(isEventEntry({ ...ENTRY, tag: null, format: null, verdict: 'invalid' })).toBe(true);
  });

  it.each([
    ['an extra field (a name)', { ...ENTRY, name: 'Asha' }],
    ['a missing tag', (({ tag: _tag, ...rest }) => rest)(ENTRY)],
    ['an unknown verdict', { ...ENTRY, verdict: 'pass' }],
    ['an unknown method', { ...ENTRY, method: 'sms' }],
    ['an empty gate', { ...ENTRY, gate: '' }],
    ['a gate too long', { ...ENTRY, gate: 'g'.repeat(41) }],
    ['a fractional time', { ...ENTRY, time: 1.5 }],
    ['a tag of another length', { ...ENTRY, tag: 'A'.repeat(43) }],
    ['an array', [ENTRY]],
    ['null', null],
  ])('refuses %s', (_what, value) => {
    expect(isEventEntry(value)).toBe(false);
  });
});
