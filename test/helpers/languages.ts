/** What the language tests share: each language's script, and the words that stay as they are. */
import type { Language } from '../../src/lib/languages.ts';

/** The Unicode block each language is written in (SPEC §12; Punjabi in Gurmukhi). */
export const SCRIPT: Record<Exclude<Language, 'en'>, RegExp> = {
  hi: /[\u0900-\u097F]/,
  mr: /[\u0900-\u097F]/,
  bn: /[\u0980-\u09FF]/,
  as: /[\u0980-\u09FF]/,
  pa: /[\u0A00-\u0A7F]/,
  gu: /[\u0A80-\u0AFF]/,
  or: /[\u0B00-\u0B7F]/,
  ta: /[\u0B80-\u0BFF]/,
  te: /[\u0C00-\u0C7F]/,
  kn: /[\u0C80-\u0CFF]/,
  ml: /[\u0D00-\u0D7F]/,
};

/** SPEC §12: names of things that stay as they are in every language. */
export const SPEC_NAMES = ['SMART Health Card', 'KYC-VS', 'CoWIN', 'QR', 'OTP', 'PIN', 'URL', 'EU'];

/**
 * Latin words a reader of any of the languages sees as they are: the SPEC §12 names, codes and
 * acronyms written in Latin letters on Indian screens (API, ID, CSV, SMS, COVID in the EU
 * certificate's name) and URL schemes.
 */
export const LATIN_WORDS = new Set([
  ...['SMART', 'Health', 'Card', 'KYC', 'VS', 'CoWIN', 'QR', 'OTP', 'PIN', 'URL', 'EU'],
  ...['API', 'ID', 'CSV', 'SMS', 'COVID', 'https', 'http', 'wss', 'localhost'],
]);

/**
 * What is left of `text` once the SPEC §12 names, placeholders, digits and punctuation are taken
 * out: empty for a string that may read the same in every language.
 */
export function beyondNames(text: string): string {
  let rest = text.replace(/\{\w+\}/g, ' ');
  for (const name of SPEC_NAMES) rest = rest.split(name).join(' ');
  return rest.replace(/[\s\p{P}\p{S}0-9]/gu, '');
}

/** Digits other than 0-9 (Devanagari, Bengali, … digits), which SPEC §12 rules out. */
export const NATIVE_DIGIT = /(?![0-9])\p{Nd}/u;

/**
 * English left in `text` (a screen's visible text in another language): each English string of
 * `english` (a piece between placeholders, beyond the SPEC §12 names) found in it, and each Latin
 * word that is neither in LATIN_WORDS nor in `dynamic` (names, the issuer, camera labels).
 */
export function englishIn(text: string, english: readonly string[], dynamic: string[]): string[] {
  const left: string[] = [];
  for (const value of english) {
    for (const fragment of value.split(/\{\w+\}/)) {
      const piece = fragment.trim().replace(/[.:]$/, '');
      if (beyondNames(piece).length >= 3 && /[A-Za-z]{3}/.test(piece) && text.includes(piece)) {
        left.push(`"${piece}"`);
      }
    }
  }
  const allowed = new Set([...LATIN_WORDS, ...dynamic]);
  for (const word of text.match(/[A-Za-z]{2,}/g) ?? []) {
    if (!allowed.has(word)) left.push(`word: ${word}`);
  }
  return [...new Set(left)];
}

/**
 * The Latin words Settings shows from the signed trust list's own data (SPEC §10): the signer's
 * thumbprint and the names of the sources, as its publisher wrote them.
 */
export async function trustListWords(issuer: string): Promise<string[]> {
  const config = (await (await fetch(`${issuer}/.well-known/kycvs-configuration`)).json()) as {
    trust_list_uri: string;
    trust_list_key: string;
  };
  const jws = await (await fetch(config.trust_list_uri)).text();
  const payload = JSON.parse(Buffer.from(jws.split('.')[1]!, 'base64url').toString('utf8')) as {
    sources: { name: string }[];
  };
  const data = [config.trust_list_key, ...payload.sources.map((s) => s.name)];
  return data.flatMap((value) => value.match(/[A-Za-z]{2,}/g) ?? []);
}
