/**
 * The verification log: one entry per check, kept for a configurable number of days. An entry
 * holds a hash of the credential id and the holder's initials at most: never a token, a mobile number
 * or a full name. A record that does not read as an entry is skipped, never fatal.
 */
import type { CredentialFormat } from '../protocol/credentials/types.ts';
import type { LogEntry, VerifierDatabase } from './db.ts';
import {
  VERDICT_GROUPS,
  groupOf,
  isLogVerdict,
  type CheckMethod,
  type LogVerdict,
  type VerdictGroup,
} from './verdicts.ts';

/** Days an entry is kept unless Settings say otherwise. */
export const DEFAULT_RETENTION_DAYS = 30;

/** The shortest and longest retention Settings accept, in days. */
export const RETENTION_LIMITS = { min: 1, max: 365 } as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Today's (or any span's) checks counted by group. */
export type VerdictCounts = Record<VerdictGroup, number>;

const HEX_64 = /^[0-9a-f]{64}$/;

const FORMATS: ReadonlySet<string> = new Set(['kycvs', 'divoc', 'eudcc', 'shc']);

/** True when `value` is a well-formed log entry (a damaged record is not). */
function isLogEntry(value: unknown): value is LogEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.time === 'number' &&
    Number.isFinite(entry.time) &&
    (entry.method === 'qr' || entry.method === 'otp') &&
    (entry.format === null || FORMATS.has(entry.format as string)) &&
    isLogVerdict(entry.verdict) &&
    (entry.status === null || entry.status === 0 || entry.status === 1 || entry.status === 2) &&
    (entry.idHash === null || (typeof entry.idHash === 'string' && HEX_64.test(entry.idHash))) &&
    (entry.initials === null || (typeof entry.initials === 'string' && entry.initials.length <= 12))
  );
}

/** The holder's initials, "A.V." for "Asha Verma": at most three, letters only. */
export function initialsOf(name: string): string | null {
  const letters = name
    .split(/\s+/)
    .map((word) => /\p{L}/u.exec(word)?.[0])
    .filter((letter): letter is string => letter !== undefined)
    .slice(0, 3);
  return letters.length > 0 ? letters.map((letter) => `${letter.toUpperCase()}.`).join('') : null;
}

/** The input of `addLogEntry`. */
export interface NewLogEntry {
  time: number;
  method: CheckMethod;
  format: CredentialFormat | null;
  verdict: LogVerdict;
  status: 0 | 1 | 2 | null;
  idHash: string | null;
  initials: string | null;
}

/** Stores one entry; rejects (TypeError) one that would not read back as an entry. */
export async function addLogEntry(db: VerifierDatabase, entry: NewLogEntry): Promise<void> {
  const record: LogEntry = { ...entry };
  if (!isLogEntry(record)) throw new TypeError('not a log entry');
  await db.add('log', record);
}

/** The entries made in [from, to), oldest first, skipping any damaged record. */
export async function readLog(
  db: VerifierDatabase,
  from = -Infinity,
  to = Infinity,
): Promise<LogEntry[]> {
  const range =
    from === -Infinity && to === Infinity
      ? undefined
      : from === -Infinity
        ? IDBKeyRange.upperBound(to, true)
        : to === Infinity
          ? IDBKeyRange.lowerBound(from)
          : IDBKeyRange.bound(from, to, false, true);
  const records: unknown[] = await db.getAllFromIndex('log', 'by-time', range);
  return records.filter(isLogEntry);
}

/** Counts entries by group. */
export function countByGroup(entries: LogEntry[]): VerdictCounts {
  const counts = Object.fromEntries(VERDICT_GROUPS.map((group) => [group, 0])) as VerdictCounts;
  for (const entry of entries) counts[groupOf(entry)] += 1;
  return counts;
}

/** Midnight of the day holding `now`, on this device's clock and time zone. */
function startOfDay(now: number): number {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** Today's checks counted by group. */
export async function todayCounts(db: VerifierDatabase, now: number): Promise<VerdictCounts> {
  const from = startOfDay(now);
  return countByGroup(await readLog(db, from, from + DAY_MS + 60 * 60 * 1000));
}

/** A valid retention in days, or the default for anything else. */
export function normaliseRetention(days: unknown): number {
  return typeof days === 'number' &&
    Number.isInteger(days) &&
    days >= RETENTION_LIMITS.min &&
    days <= RETENTION_LIMITS.max
    ? days
    : DEFAULT_RETENTION_DAYS;
}

/** Deletes entries older than the retention, and damaged records; returns how many went. */
export async function purgeLog(
  db: VerifierDatabase,
  now: number,
  retentionDays: number,
): Promise<number> {
  const cutoff = now - normaliseRetention(retentionDays) * DAY_MS;
  const tx = db.transaction('log', 'readwrite');
  let removed = 0;
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    const value: unknown = cursor.value;
    if (!isLogEntry(value) || value.time < cutoff) {
      await cursor.delete();
      removed += 1;
    }
  }
  await tx.done;
  return removed;
}

/** Deletes every entry. */
export async function clearLog(db: VerifierDatabase): Promise<void> {
  await db.clear('log');
}

/** The CSV columns, in order. */
export const CSV_COLUMNS = ['time', 'method', 'verdict', 'status', 'id hash', 'initials', 'format'];

/** One CSV field (RFC 4180), defused against spreadsheet formulas. */
export function csvField(value: string): string {
  // A spreadsheet runs a cell that starts with = + - @ as a formula: defuse it.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The entries as CSV (RFC 4180, CRLF line ends), times in ISO 8601 UTC. */
export function logToCsv(entries: LogEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const entry of entries) {
    lines.push(
      [
        new Date(entry.time).toISOString(),
        entry.method,
        entry.verdict,
        entry.status === null ? '' : String(entry.status),
        entry.idHash ?? '',
        entry.initials ?? '',
        entry.format ?? '',
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
