/**
 * The tablet's part in an event (SPEC §11), without a screen: create, join and leave, the shared
 * checks the check pipeline asks ("Already checked at <gate>") and adds to, the counts and the
 * sync state the home screen shows. Small on purpose: the Yjs engine (session.ts) is a lazy chunk
 * that only a tablet in an event loads.
 */
import { CodedError } from '../lib/coded-error.ts';
import type { EventConfig, VerifierDatabase } from '../store/db.ts';
import {
  EVENT_NAME_MAX,
  cleanName,
  inviteLink,
  normaliseHubUrl,
  parseInvite,
  type EventInvite,
} from './invite.ts';
import { GATE_NAME_MAX, randomBase64url } from './shared.ts';
import type { EventSession, FirstCheck, HubStatus, NewEntry, SessionSnapshot } from './session.ts';

export type { FirstCheck, HubStatus, NewEntry };

/** Why an event could not be created or joined. */
export type EventErrorCode =
  'BAD_INVITE' | 'BAD_EVENT_NAME' | 'BAD_GATE_NAME' | 'BAD_HUB' | 'IN_EVENT';

/** A create or join that was refused; `code` says which field or why. */
export class EventError extends CodedError<EventErrorCode> {
  override name = 'EventError';
}

/** What the screens show of the event this tablet is a gate of. */
export interface EventView {
  id: string;
  name: string;
  gate: string;
  hub: string;
  /** The invitation link (and QR text) that provisions another tablet. */
  link: string;
  /** False until the tablet's copy of the event is loaded: the counts are not known yet. */
  ready: boolean;
  /** Entries of the whole event ("All gates"). */
  all: number;
  /** Entries of this gate. */
  gateCount: number;
  status: HubStatus;
  lastSyncedAt: number | null;
}

/** What the check pipeline asks of the event: the same for every format (SPEC §11 tag). */
export interface SharedChecks {
  /** The credential's tag and its earliest check at any gate; null when no event is open. */
  lookup(credentialId: string): Promise<{ tag: string; first: FirstCheck | null } | null>;
  /** Adds one check to the event; nothing when no event is open. */
  add(entry: NewEntry): void;
}

/** What the controller needs. */
export interface EventControllerDeps {
  db: VerifierDatabase;
  /** The app's own URL: the invitation link opens it. */
  appUrl: string;
  now: () => number;
  /** Opens a session; tests pass one that needs no hub. */
  openSession?: (
    config: EventConfig,
    onChange: (s: SessionSnapshot) => void,
  ) => Promise<EventSession>;
}

/** The event controller. */
export interface EventController extends SharedChecks {
  view(): EventView | null;
  subscribe(listener: (view: EventView | null) => void): () => void;
  /** Loads the stored event, if any, and opens it. */
  start(): Promise<void>;
  create(input: { name: string; gate: string; hub: string }): Promise<void>;
  join(invite: string, gate: string): Promise<void>;
  /** Forgets the event on this tablet, its local copy included. */
  leave(): Promise<void>;
  csv(): Promise<string>;
  purge(before: number): Promise<number>;
  /** The network came back: dial the hub now. */
  online(): void;
  dispose(): Promise<void>;
}

const loadSession = async (
  config: EventConfig,
  onChange: (s: SessionSnapshot) => void,
  now: () => number,
) => (await import('./session.ts')).openSession(config, { now, onChange });

/** Starts without an event; `start` loads the stored one. */
export function createEventController(deps: EventControllerDeps): EventController {
  const { db, appUrl, now } = deps;
  const open = deps.openSession ?? ((config, onChange) => loadSession(config, onChange, now));
  let config: EventConfig | null = null;
  /** The invitation of `config`, made once per event rather than once per snapshot. */
  let link = '';
  let opening: Promise<EventSession | null> = Promise.resolve(null);
  let snap: SessionSnapshot | null = null;
  let current: EventView | null = null;
  const listeners = new Set<(view: EventView | null) => void>();

  const publish = () => {
    current = config
      ? {
          id: config.id,
          name: config.name,
          gate: config.gate,
          hub: config.hub,
          link,
          ready: snap !== null,
          all: snap?.all ?? 0,
          gateCount: snap?.gate ?? 0,
          status: snap?.status ?? 'connecting',
          lastSyncedAt: snap?.lastSyncedAt ?? null,
        }
      : null;
    for (const listener of listeners) listener(current);
  };

  const begin = (next: EventConfig) => {
    config = next;
    link = inviteLink(appUrl, next);
    snap = null;
    publish();
    opening = open(next, (s) => {
      if (config?.id !== next.id) return;
      snap = s;
      publish();
    }).then(
      (opened) => {
        if (config?.id !== next.id) {
          void opened.close();
          return null;
        }
        snap = opened.snapshot();
        publish();
        return opened;
      },
      // The event stays joined; its copy opens again on the next start.
      () => null,
    );
    return opening;
  };

  const adopt = async (invite: EventInvite, gateText: string) => {
    if (config) throw new EventError('IN_EVENT');
    const gate = cleanName(gateText, GATE_NAME_MAX);
    if (gate === null) throw new EventError('BAD_GATE_NAME');
    const next: EventConfig = { ...invite, gate, joinedAt: now() };
    await db.put('event', next, 'current');
    await begin(next);
  };

  return {
    view: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start() {
      const stored = await db.get('event', 'current').catch(() => undefined);
      if (stored && !config) void begin(stored);
    },
    async create(input) {
      const name = cleanName(input.name, EVENT_NAME_MAX);
      if (name === null) throw new EventError('BAD_EVENT_NAME');
      const hub = normaliseHubUrl(input.hub);
      if (hub === null) throw new EventError('BAD_HUB');
      await adopt({ id: randomBase64url(16), secret: randomBase64url(32), hub, name }, input.gate);
    },
    async join(text, gate) {
      const invite = parseInvite(text);
      if (invite === null) throw new EventError('BAD_INVITE');
      await adopt(invite, gate);
    },
    async leave() {
      const held = await opening;
      config = null;
      snap = null;
      opening = Promise.resolve(null);
      await db.delete('event', 'current');
      publish();
      await held?.destroy();
    },
    async csv() {
      return (await opening)?.csv() ?? '';
    },
    async purge(before) {
      return (await opening)?.purge(before) ?? 0;
    },
    async lookup(credentialId) {
      const held = await opening;
      return held ? held.lookup(credentialId) : null;
    },
    add(entry) {
      void opening.then((held) => held?.add(entry));
    },
    online() {
      void opening.then((held) => held?.reconnect());
    },
    async dispose() {
      const held = await opening;
      config = null;
      listeners.clear();
      await held?.close();
    },
  };
}
