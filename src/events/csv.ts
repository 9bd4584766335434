/**
 * The event's export (SPEC §11): one row an entry, every gate's, in time order. It holds what the
 * entries hold and nothing more: no name, no mobile digits, no birth date, no token.
 */
import { csvField } from '../store/log.ts';
import type { EventEntry } from './shared.ts';

/** The event CSV's columns, in order. */
export const EVENT_CSV_COLUMNS = ['entry', 'gate', 'time', 'method', 'format', 'verdict', 'tag'];

/** The entries as CSV (RFC 4180, CRLF line ends), times in ISO 8601 UTC, oldest first. */
export function entriesToCsv(entries: Array<[id: string, entry: EventEntry]>): string {
  const sorted = [...entries].sort(([a, x], [b, y]) => x.time - y.time || (a < b ? -1 : 1));
  const lines = [EVENT_CSV_COLUMNS.join(',')];
  for (const [id, entry] of sorted) {
    lines.push(
      [
        id,
        entry.gate,
        new Date(entry.time).toISOString(),
        entry.method,
        entry.format ?? '',
        entry.verdict,
        entry.tag ?? '',
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
