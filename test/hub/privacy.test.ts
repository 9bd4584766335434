import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { HUB_DB_FILE } from '../../simulator/hub/hub-database.ts';
import {
  deriveHubToken,
  deriveTagKey,
  hubTokenHash,
  randomBase64url,
  tagOf,
} from '../../src/events/shared.ts';
import type { EventEntry } from '../../src/events/shared.ts';
import {
  connect,
  entry,
  newEvent,
  onCleanup,
  startHub,
  storedEntryIds,
  tempDir,
  waitFor,
} from './helpers.ts';

/** A person who exists only in this test: none of these strings may reach the hub's file. */
const PERSON = {
  name: 'Zorawar Quintessa Pillai',
  mobile: '9812734650',
  birthDate: '1979-11-23',
  token: `eyJhbGciOiJFUzI1NiJ9.${randomBase64url(48)}.${randomBase64url(64)}`,
};

describe('what the hub keeps', () => {
  it('holds entries and the token hash only: no name, mobile, birth date, status token, secret or hub token', async () => {
    const dataDir = tempDir();
    const { url, close } = await startHub({ dataDir });
    const event = await newEvent();
    const gate = connect(url, event.id, event.token);
    await waitFor(() => gate.synced(), 'the gate synced');

    // The normal path: the credential's id is tagged on the tablet, under the event's key.
    const tagKey = await deriveTagKey(event.secret, event.id);
    const credentialId = `kycvs:${PERSON.mobile}:${PERSON.birthDate}:${PERSON.token}`;
    const tag = await tagOf(tagKey, credentialId);
    const ids = [randomBase64url(16), randomBase64url(16)];
    gate.entries.set(ids[0]!, entry('Main gate', tag));
    gate.entries.set(ids[1]!, { ...entry('Main gate', null), verdict: 'none', format: null });
    // A tablet that breaks the contract: the hub deletes the entry, words and all.
    const leaky = randomBase64url(16);
    gate.entries.set(leaky, { ...entry('Main gate'), name: PERSON.name } as unknown as EventEntry);
    await waitFor(() => !gate.entries.has(leaky), 'the leaky entry deleted by the hub');
    await waitFor(() => gate.synced(), 'the entries acknowledged');
    gate.disconnect();
    await close();

    expect(await storedEntryIds(dataDir, event.id)).toEqual([...ids].sort());
    const bytes = readFileSync(join(dataDir, HUB_DB_FILE)).toString('latin1');
    expect(bytes).toContain(tag);
    expect(bytes).toContain(await hubTokenHash(event.token));
    for (const secret of [
      PERSON.name,
      PERSON.mobile,
      PERSON.birthDate,
      PERSON.token,
      credentialId,
      event.secret,
      event.token,
    ]) {
      expect(bytes.includes(secret), `hub.sqlite holds ${secret.slice(0, 12)}…`).toBe(false);
    }
  });

  it('logs no token, hash, secret or entry, whether it admits, refuses or stores', async () => {
    const lines: string[] = [];
    for (const method of ['log', 'error', 'warn', 'info', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        lines.push(args.map((arg) => (arg instanceof Error ? arg.stack : String(arg))).join(' '));
      });
    }
    onCleanup(() => {
      vi.restoreAllMocks();
    });
    const { url, close } = await startHub({ dataDir: tempDir(), quiet: false });
    const event = await newEvent();
    const gate = connect(url, event.id, event.token);
    const id = randomBase64url(16);
    const tag = randomBase64url(16);
    gate.entries.set(id, entry('Quietgate', tag));
    await waitFor(() => gate.synced(), 'the entry acknowledged');
    const wrongToken = await deriveHubToken(randomBase64url(32), event.id);
    const wrong = connect(url, event.id, wrongToken);
    await waitFor(() => wrong.refusals.length > 0, 'the wrong token refused');
    gate.disconnect();
    await close();

    const logged = lines.join('\n');
    for (const secret of [
      event.token,
      wrongToken,
      await hubTokenHash(event.token),
      await hubTokenHash(wrongToken),
      event.secret,
      id,
      tag,
      'Quietgate',
    ]) {
      expect(logged.includes(secret), `a log line holds ${secret.slice(0, 12)}…`).toBe(false);
    }
  });
});
