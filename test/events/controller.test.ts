/**
 * SPEC §11 on one tablet, with no hub: create, join and leave; the shared check the pipeline
 * makes for every format ("Already checked at <gate>"); the counts; the CSV; a restart.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScanned, type CheckContext } from '../../src/core/check.ts';
import { classify } from '../../src/core/classify.ts';
import { recordCheck } from '../../src/core/record.ts';
import { createEventController, type EventController } from '../../src/events/controller.ts';
import { eventDocName, openSession } from '../../src/events/session.ts';
import { inviteLink } from '../../src/events/invite.ts';
import { EVENT_CSV_COLUMNS } from '../../src/events/csv.ts';
import { CredentialIssuers, type CredentialRequest } from '../../simulator/issuers/index.ts';
import { openVerifierDb, type TrustListRecord, type VerifierDatabase } from '../../src/store/db.ts';
import { trustRecord } from '../helpers/trust-record.ts';

const NOW = Date.UTC(2026, 4, 1, 12, 0, 0);
const ISSUER = 'http://localhost:8124';
const HUB = 'ws://127.0.0.1:9/hub';
let dir: string;
let issuers: CredentialIssuers;
let held: TrustListRecord;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kycvs-events-'));
  issuers = await CredentialIssuers.open(dir, ISSUER, new Date(NOW));
  held = trustRecord(issuers.trustList(), NOW);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function request(format: CredentialRequest['format']): CredentialRequest {
  return { format, full_name: 'Kavya Nair', birth_date: '1992-08-17', doses: 2, total_doses: 2 };
}

/** The QR's text and bytes as a decoder hands them over. */
async function scanned(req: CredentialRequest) {
  const issued = await issuers.issueCredential(req, { now: new Date(NOW) });
  if ('qr_text' in issued) {
    return { text: issued.qr_text, bytes: new TextEncoder().encode(issued.qr_text), exact: true };
  }
  const bytes = new Uint8Array(Buffer.from(issued.qr_bytes, 'base64'));
  return { text: new TextDecoder().decode(bytes), bytes, exact: true };
}

const context = (): CheckContext => ({
  issuers: async () => [],
  trustList: async () => held,
  online: () => false,
  refresh: async () => ({ ok: false as const, reason: 'OFFLINE' as const }),
  now: () => NOW,
});

let clock = NOW;
const tick = () => (clock += 60_000);

function controller(db: VerifierDatabase): EventController {
  return createEventController({
    db,
    appUrl: 'https://verifier.example/',
    now: () => clock,
    openSession: (config, onChange) =>
      openSession(config, { now: () => clock, onChange, connect: false }),
  });
}

/** Resolves once the controller's view matches `expected` (views come a few times a second). */
function viewMatches(events: EventController, expected: Record<string, unknown>): Promise<void> {
  const holds = () => {
    const view = events.view() as Record<string, unknown> | null;
    return view !== null && Object.entries(expected).every(([key, value]) => view[key] === value);
  };
  return new Promise((resolve) => {
    if (holds()) return resolve();
    const stop = events.subscribe(() => {
      if (!holds()) return;
      stop();
      resolve();
    });
  });
}

async function settle(events: EventController) {
  // The session opens in the background; a lookup waits for it.
  await events.lookup('warm-up');
}

describe('an event on one tablet', () => {
  it('refuses a bad name, gate, hub or invitation with its code', async () => {
    const db = await openVerifierDb('events-refusals');
    const events = controller(db);
    await expect(events.create({ name: '', gate: 'G', hub: HUB })).rejects.toMatchObject({
      code: 'BAD_EVENT_NAME',
    });
    await expect(events.create({ name: 'E', gate: ' ', hub: HUB })).rejects.toMatchObject({
      code: 'BAD_GATE_NAME',
    });
    await expect(events.create({ name: 'E', gate: 'G', hub: 'hub' })).rejects.toMatchObject({
      code: 'BAD_HUB',
    });
    await expect(events.join('https://verifier.example/#event=xyz', 'G')).rejects.toMatchObject({
      code: 'BAD_INVITE',
    });
    expect(events.view()).toBeNull();
    expect(await db.get('event', 'current')).toBeUndefined();
    await events.create({ name: 'E', gate: 'G', hub: HUB });
    await expect(events.create({ name: 'F', gate: 'G', hub: HUB })).rejects.toMatchObject({
      code: 'IN_EVENT',
    });
    await events.leave();
    db.close();
  });

  it('flags a credential of every format checked before at this gate, and counts every check', async () => {
    const db = await openVerifierDb('events-one-gate');
    const events = controller(db);
    await events.create({ name: 'Stadium', gate: 'Gate 1', hub: HUB });
    await settle(events);
    for (const format of ['divoc', 'eudcc', 'shc'] as const) {
      const code = await scanned(request(format));
      const scan = () => checkScanned(code, context());
      const first = await recordCheck(db, await scan(), 'qr', tick(), undefined, events);
      const firstAt = clock;
      const again = await recordCheck(db, await scan(), 'qr', tick(), undefined, events);
      expect(first).toMatchObject({ alreadyCheckedAt: null });
      expect(again).toMatchObject({ alreadyCheckedAt: firstAt, alreadyCheckedGate: 'Gate 1' });
      expect(classify(again).group).toBe('repeat');
    }
    await recordCheck(
      db,
      await checkScanned('not a code', context()),
      'qr',
      tick(),
      undefined,
      events,
    );
    await viewMatches(events, { all: 7 });
    expect(events.view()).toMatchObject({
      name: 'Stadium',
      gate: 'Gate 1',
      all: 7,
      gateCount: 7,
      ready: true,
    });

    const csv = await events.csv();
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toBe(EVENT_CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(8);
    expect(rows.filter((row) => row.includes(',repeat,'))).toHaveLength(3);
    expect(rows.at(-1)).toMatch(/,qr,,invalid,$/);
    expect(csv).not.toMatch(/Kavya|Nair|1992/);
    await events.dispose();

    // A restart (offline) finds every entry again in the tablet's own copy.
    const again = controller(db);
    await again.start();
    await settle(again);
    expect(again.view()).toMatchObject({ all: 7, gateCount: 7 });
    expect(await again.purge(NOW + 3 * 60_000)).toBe(2);
    await viewMatches(again, { all: 5 });
    expect(again.view()).toMatchObject({ all: 5, gateCount: 5 });
    await again.leave();
    db.close();
  });

  it('joins from a link, and leaving deletes the event and its copy', async () => {
    const db = await openVerifierDb('events-leave');
    const events = controller(db);
    const link = inviteLink('https://verifier.example/', {
      id: 'AAAAAAAAAAAAAAAAAAAAAA',
      secret: 'B'.repeat(42) + 'A',
      hub: HUB,
      name: 'Fair',
    });
    await events.join(link, 'North gate');
    await settle(events);
    expect(events.view()).toMatchObject({
      id: 'AAAAAAAAAAAAAAAAAAAAAA',
      name: 'Fair',
      gate: 'North gate',
      hub: HUB,
      ready: true,
    });
    expect(events.view()?.link).toBe(link);
    events.add({
      time: tick(),
      method: 'qr',
      format: 'kycvs',
      verdict: 'full',
      tag: 'C'.repeat(22),
    });
    await viewMatches(events, { all: 1 });
    expect(events.view()).toMatchObject({ all: 1, gateCount: 1 });
    const names = async () => (await indexedDB.databases()).map((entry) => entry.name);
    expect(await names()).toContain(eventDocName('AAAAAAAAAAAAAAAAAAAAAA'));
    await events.leave();
    expect(events.view()).toBeNull();
    expect(await db.get('event', 'current')).toBeUndefined();
    expect(await names()).not.toContain(eventDocName('AAAAAAAAAAAAAAAAAAAAAA'));
    expect(await events.lookup('anything')).toBeNull();
    db.close();
  });
});
