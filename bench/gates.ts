/**
 * The `gates` bench module (SPEC §11): a hub child process (`npm run hub`) on loopback and tablets
 * simulated as Node clients with the PWA's own engine (a Yjs document synced by
 * @hocuspocus/provider under the event's token). It measures the sync from one gate's entry to
 * another gate, the merge of two gates that were apart, the document's size, and one hub serving
 * 200 tablets that each write an entry a second (all 200 as wire-level writers, see
 * lib/raw-tablet.ts, and one full client that watches every entry arrive).
 */
import * as Y from 'yjs';
import { inviteLink, parseInvite } from '../src/events/invite.ts';
import { deriveHubToken, randomBase64url, type EventEntry } from '../src/events/shared.ts';
import { rawTablet, type RawTablet } from './lib/raw-tablet.ts';
import {
  eventClient,
  startHub,
  type EventClient,
  type HubProcess,
} from '../test/helpers/event-hubs.ts';
import { say, type BenchModule } from './lib/module.ts';
import { percentile, round } from './lib/stats.ts';

const SYNC_SAMPLES = 200;
const MERGE_EACH = 2_500;
const CROWD = 200;
const CROWD_SECONDS = 60;
/** How long the crowd's last entries may take to arrive before the rest count as lost. */
const CROWD_SETTLE_MS = 15_000;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function entry(gate: string, time = Date.now()): EventEntry {
  return { gate, time, method: 'qr', format: 'kycvs', verdict: 'full', tag: randomBase64url(16) };
}

function newEvent(hub: HubProcess): string {
  return inviteLink('http://127.0.0.1/', {
    id: randomBase64url(16),
    secret: randomBase64url(32),
    hub: hub.url,
    name: 'Bench',
  });
}

async function connected(client: EventClient): Promise<void> {
  if (client.provider.isSynced) return;
  await new Promise<void>((done) => client.provider.on('synced', () => done()));
}

/** p95 of one gate's entry reaching another, over SYNC_SAMPLES entries a few ms apart. */
async function syncP95(hub: HubProcess): Promise<{ p95: number; median: number }> {
  const link = newEvent(hub);
  const [from, to] = [await eventClient(link), await eventClient(link)];
  await Promise.all([connected(from), connected(to)]);
  const sent = new Map<string, number>();
  const took: number[] = [];
  to.entries.observe((event) => {
    const now = performance.now();
    for (const key of event.keysChanged) {
      const at = sent.get(key);
      if (at !== undefined) took.push(now - at);
    }
  });
  for (let i = 0; i < SYNC_SAMPLES; i++) {
    const id = randomBase64url(16);
    sent.set(id, performance.now());
    from.entries.set(id, entry('Gate 1'));
    await sleep(10 + Math.random() * 20);
  }
  await to.until(SYNC_SAMPLES, 10_000);
  from.destroy();
  to.destroy();
  const sorted = [...took].sort((a, b) => a - b);
  return { p95: percentile(took, 95), median: sorted[Math.floor(sorted.length / 2)] ?? NaN };
}

/** Two gates with MERGE_EACH entries each made apart: from connecting to both holding all. */
async function merge(hub: HubProcess): Promise<{ ms: number; docKb: number }> {
  const link = newEvent(hub);
  // Made offline: each gate's entries go into its own document before it ever dials the hub.
  const docs = [new Y.Doc(), new Y.Doc()];
  docs.forEach((doc, g) =>
    doc.transact(() => {
      const entries = doc.getMap<EventEntry>('entries');
      for (let i = 0; i < MERGE_EACH; i++) entries.set(randomBase64url(16), entry(`Gate ${g + 1}`));
    }),
  );
  const started = performance.now();
  const clients = await Promise.all(docs.map((doc) => eventClient(link, undefined, doc)));
  await Promise.all(clients.map((client) => client.until(2 * MERGE_EACH, 60_000)));
  const ms = performance.now() - started;
  const docKb = Y.encodeStateAsUpdate(clients[0]!.doc).byteLength / 1024;
  clients.forEach((client) => client.destroy());
  return { ms, docKb };
}

/** CROWD tablets writing one entry a second each for CROWD_SECONDS: lost entries and p95 sync. */
async function crowd(hub: HubProcess): Promise<{ lost: number; p95: number; expected: number }> {
  const link = newEvent(hub);
  const observer = await eventClient(link);
  await connected(observer);
  const took: number[] = [];
  observer.entries.observe((event) => {
    const now = Date.now();
    for (const key of event.keysChanged) {
      const value = observer.entries.get(key);
      if (value) took.push(now - value.time);
    }
  });
  const invite = parseInvite(link)!;
  const token = await deriveHubToken(invite.secret, invite.id);
  const tablets: RawTablet[] = [];
  for (let i = 0; i < CROWD; i++) tablets.push(await rawTablet(hub.url, invite.id, token));
  say(`${CROWD} tablets connected; writing for ${CROWD_SECONDS} s`);
  const timers = tablets.map((tablet, i) => {
    let written = 0;
    const write = () => {
      if (written >= CROWD_SECONDS) return;
      written += 1;
      tablet.add(randomBase64url(16), entry(`Gate ${i + 1}`));
    };
    // Spread over the second, as real gates are.
    const start = setTimeout(() => {
      write();
      interval = setInterval(write, 1000);
    }, Math.random() * 1000);
    let interval: ReturnType<typeof setInterval> | undefined;
    return () => {
      clearTimeout(start);
      if (interval) clearInterval(interval);
    };
  });
  await sleep(CROWD_SECONDS * 1000 + 1000);
  timers.forEach((stop) => stop());
  const expected = CROWD * CROWD_SECONDS;
  await observer.until(expected, CROWD_SETTLE_MS).catch(() => undefined);
  const lost = expected - observer.entries.size;
  tablets.forEach((tablet) => tablet.close());
  observer.destroy();
  return { lost, p95: percentile(took, 95), expected };
}

/** The `gates` bench module. */
export const bench: BenchModule = {
  name: 'gates',
  title: 'event gates (SPEC §11): sync, merge, document size, 200 tablets on one hub',
  keys: [
    { key: 'gate_sync_p95_ms', unit: 'ms', goal: { op: '<=', limit: 2000 } },
    { key: 'gate_merge_ms_5000', unit: 'ms' },
    { key: 'gate_doc_kb_5000', unit: 'kB' },
    { key: 'hub_clients_200', unit: 'entries lost', goal: { op: '<=', limit: 0 } },
    { key: 'hub_clients_200_sync_p95_ms', unit: 'ms', goal: { op: '<=', limit: 2000 } },
  ],
  async run() {
    const hub = await startHub();
    try {
      say('one gate to another, loopback hub');
      const sync = await syncP95(hub);
      say(`sync p95 ${round(sync.p95)} ms (median ${round(sync.median)} ms)`);
      say(`two gates, ${MERGE_EACH} entries each made apart, reconnecting`);
      const merged = await merge(hub);
      say(`merged in ${round(merged.ms)} ms; document ${round(merged.docKb)} kB`);
      const many = await crowd(hub);
      say(`${CROWD} tablets: ${many.lost} of ${many.expected} lost, p95 ${round(many.p95)} ms`);
      return {
        values: {
          gate_sync_p95_ms: round(sync.p95),
          gate_merge_ms_5000: round(merged.ms),
          gate_doc_kb_5000: round(merged.docKb),
          hub_clients_200: many.lost,
          hub_clients_200_sync_p95_ms: round(many.p95),
        },
        notes: {
          sync: { samples: SYNC_SAMPLES, median_ms: round(sync.median) },
          crowd: { tablets: CROWD, seconds: CROWD_SECONDS, expected: many.expected },
          method:
            'Node clients with the PWA engine (Yjs + @hocuspocus/provider) against `npm run hub` on loopback; the PWA record step is not included',
        },
      };
    } finally {
      await hub.stop();
    }
  },
};
