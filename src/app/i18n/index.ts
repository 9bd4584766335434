/** Looks up UI strings by id and fills in their `{placeholders}`. */
import { EN, type MessageId } from './en.ts';

export type { MessageId };

/** The language in use; Hindi joins this table later with the same ids. */
const table: Record<MessageId, string> = EN;

/** The BCP 47 tag used to format dates and times. */
export const LOCALE = 'en-IN';

/** The string for `id`, with each `{name}` replaced by `params.name`. */
export function t(id: MessageId, params: Record<string, string | number> = {}): string {
  return table[id].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A date and time for people, in the UI language. */
export function formatTime(ms: number): string {
  return new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
