/** Building a `ScannedCode` from what a decoder gives: exact bytes, or text only. */
import type { ScannedCode } from './types.ts';

const UTF8 = new TextEncoder();

/** A code whose content bytes the decoder handed over as they are. */
export function exactCode(text: string, bytes: Uint8Array | ArrayLike<number>): ScannedCode {
  return { text, bytes: Uint8Array.from(bytes), exact: true };
}

/** A code the decoder gave as text only: its bytes are the UTF-8 of the text, maybe not the code's. */
export function textOnlyCode(text: string): ScannedCode {
  return { text, bytes: UTF8.encode(text), exact: false };
}

/**
 * True when every character of `text` is ASCII: numeric and alphanumeric segments are, and a byte
 * segment of ASCII bytes reads the same in every character set, so the text gives the bytes.
 */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The ASCII text as its bytes, one a character. */
export function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
