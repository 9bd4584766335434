/** SPEC §11: the event invitation link, its parsing, and the names a tablet accepts. */
import { describe, expect, it } from 'vitest';
import {
  cleanName,
  hubUrlFor,
  inviteLink,
  normaliseHubUrl,
  parseInvite,
} from '../../src/events/invite.ts';
import { encodeBase64url } from '../../src/protocol/base64url.ts';
import { randomBase64url } from '../../src/events/shared.ts';

const INVITE = {
  id: randomBase64url(16),
  secret: randomBase64url(32),
  hub: 'wss://gates.example/hub',
  name: 'Stadium — day 1',
};

const payload = (value: unknown) =>
  encodeBase64url(new TextEncoder().encode(JSON.stringify(value)));

describe('event invitation', () => {
  it('carries the id, secret, hub and name in the fragment only', () => {
    const link = inviteLink('https://verifier.example/app/', INVITE);
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://verifier.example/app/');
    expect(url.search).toBe('');
    expect(url.hash.startsWith('#event=')).toBe(true);
    expect(parseInvite(link)).toEqual(INVITE);
  });

  it('reads the bare fragment and the payload alone', () => {
    const link = inviteLink('https://verifier.example/', INVITE);
    const fragment = new URL(link).hash;
    expect(parseInvite(fragment)).toEqual(INVITE);
    expect(parseInvite(fragment.slice(1))).toEqual(INVITE);
    expect(parseInvite(fragment.slice('#event='.length))).toEqual(INVITE);
    expect(parseInvite(`  ${link}\n`)).toEqual(INVITE);
  });

  it.each([
    ['empty text', ''],
    ['a status token QR', 'kycvs:/5625245628'],
    ['not base64url', 'https://v.example/#event=***'],
    ['not JSON', `https://v.example/#event=${encodeBase64url(new TextEncoder().encode('nope'))}`],
    [
      'another version',
      `#event=${payload({ v: 2, i: INVITE.id, s: INVITE.secret, h: INVITE.hub, n: 'x' })}`,
    ],
    [
      'a secret with stray bits',
      `#event=${payload({ v: 1, i: INVITE.id, s: 'B'.repeat(43), h: INVITE.hub, n: 'x' })}`,
    ],
    [
      'a short secret',
      `#event=${payload({ v: 1, i: INVITE.id, s: 'abc', h: INVITE.hub, n: 'x' })}`,
    ],
    ['a bad id', `#event=${payload({ v: 1, i: 'x', s: INVITE.secret, h: INVITE.hub, n: 'x' })}`],
    [
      'a hub that is no URL',
      `#event=${payload({ v: 1, i: INVITE.id, s: INVITE.secret, h: 'hub', n: 'x' })}`,
    ],
    [
      'an ftp hub',
      `#event=${payload({ v: 1, i: INVITE.id, s: INVITE.secret, h: 'ftp://h/', n: 'x' })}`,
    ],
    [
      'an empty name',
      `#event=${payload({ v: 1, i: INVITE.id, s: INVITE.secret, h: INVITE.hub, n: ' ' })}`,
    ],
    ['a huge text', `#event=${'A'.repeat(5000)}`],
  ])('refuses %s', (_what, text) => {
    expect(parseInvite(text)).toBeNull();
  });

  it('dials http(s) hubs over ws(s), and finds the simulator hub beside its registry', () => {
    expect(normaliseHubUrl('https://h.example/hub')).toBe('wss://h.example/hub');
    expect(normaliseHubUrl('http://127.0.0.1:8080/hub/')).toBe('ws://127.0.0.1:8080/hub');
    expect(normaliseHubUrl('wss://user:pw@h.example/hub')).toBeNull();
    expect(hubUrlFor('http://localhost:8080')).toBe('ws://localhost:8080/hub');
    expect(hubUrlFor('https://cdn-api.co-vin.in/api')).toBe('wss://cdn-api.co-vin.in/hub');
  });

  it('keeps names short, trimmed and free of control characters', () => {
    expect(cleanName('  Gate   2 ', 40)).toBe('Gate 2');
    expect(cleanName('', 40)).toBeNull();
    expect(cleanName('g'.repeat(41), 40)).toBeNull();
    expect(cleanName('गेट २', 40)).toBe('गेट २');
    expect(cleanName('Gate\u202e1', 40)).toBeNull();
  });
});
