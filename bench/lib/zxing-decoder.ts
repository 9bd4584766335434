/**
 * @zxing/library's QR reader over a hybrid binarizer: a pure-JS decoder, measured beside the
 * others by bench/photo-hits.ts and kept with the bench: the app does not ship it (see
 * src/scanner/decoder-chain.ts).
 */
// Deep imports: the package index drags in every format (450 kB); the QR reader alone is a third.
import BinaryBitmap from '@zxing/library/esm/core/BinaryBitmap.js';
import DecodeHintType from '@zxing/library/esm/core/DecodeHintType.js';
import HybridBinarizer from '@zxing/library/esm/core/common/HybridBinarizer.js';
import QRCodeReader from '@zxing/library/esm/core/qrcode/QRCodeReader.js';
import ResultMetadataType from '@zxing/library/esm/core/ResultMetadataType.js';
import RGBLuminanceSource from '@zxing/library/esm/core/RGBLuminanceSource.js';
import { toLuma } from '../../src/scanner/luma.ts';
import { asciiBytes, exactCode, isAscii, textOnlyCode } from '../../src/scanner/scanned-code.ts';
import type { Decoder, FrameImage, ScannedCode } from '../../src/scanner/types.ts';

const LATIN1 = new TextDecoder('latin1');
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** One character a byte (ISO-8859-1 proper, where TextDecoder's label means windows-1252). */
function isoLatin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    text += String.fromCharCode(...bytes.subarray(i, i + 4096));
  }
  return text;
}

/**
 * True when the data codewords `raw` hold one byte-mode segment of `length` bytes and nothing
 * else (ISO/IEC 18004 §7.4: an optional ECI, mode 0100, a count of 8 bits up to version 9 or 16
 * bits from version 10, the bytes, then the terminator or the end).
 */
export function isByteModeOnly(raw: Uint8Array, length: number): boolean {
  const bits = raw.length * 8;
  const read = (at: number, count: number) => {
    let value = 0;
    for (let i = at; i < at + count; i++) value = value * 2 + ((raw[i >> 3]! >> (7 - (i & 7))) & 1);
    return value;
  };
  for (const countBits of [8, 16]) {
    let at = 0;
    if (read(at, 4) === 0b0111) {
      // ECI designator: 1, 2 or 3 bytes, told by its leading bits (§7.4.2.2).
      const first = read(at + 4, 8);
      at += 4 + (first < 0x80 ? 8 : first < 0xc0 ? 16 : 24);
    }
    if (read(at, 4) !== 0b0100 || at + 4 + countBits > bits) continue;
    if (read(at + 4, countBits) !== length) continue;
    const end = at + 4 + countBits + 8 * length;
    if (end > bits) continue;
    if (end + 4 > bits || read(end, 4) === 0) return true;
  }
  return false;
}

/**
 * The content bytes of a code from ZXing's text, its byte segments and its data codewords
 * (ZXing keeps the bytes of each byte-mode segment, not their order among the other segments,
 * and decodes them in a character set it guesses, Shift_JIS included):
 *  - ASCII text: the text itself (numeric and alphanumeric segments are ASCII, and an ASCII byte
 *    segment decodes the same in every character set);
 *  - a code of one byte-mode segment (a URL, a JWS, a ZIP): that segment;
 *  - byte segments that decode, as UTF-8 or ISO-8859-1, to the whole text: those segments;
 *  - otherwise (non-ASCII bytes mixed with other segments) text only.
 */
export function zxingBytes(
  text: string,
  segments: readonly Uint8Array[] | undefined,
  raw?: Uint8Array,
): ScannedCode {
  if (isAscii(text)) return exactCode(text, asciiBytes(text));
  if (!segments || segments.length === 0) return textOnlyCode(text);
  if (segments.length === 1 && raw && isByteModeOnly(raw, segments[0]!.length)) {
    return exactCode(text, segments[0]!);
  }
  const joined = new Uint8Array(segments.reduce((n, s) => n + s.length, 0));
  let at = 0;
  for (const segment of segments) {
    joined.set(segment, at);
    at += segment.length;
  }
  let asUtf8: string | null = null;
  try {
    asUtf8 = UTF8.decode(joined);
  } catch {
    // Not UTF-8: ZXing then read the bytes as ISO-8859-1 (TextDecoder's windows-1252 or one
    // character a byte) or Shift_JIS; the comparisons below tell which.
  }
  if (asUtf8 === text || LATIN1.decode(joined) === text || isoLatin1(joined) === text) {
    return exactCode(text, joined);
  }
  return textOnlyCode(text);
}

/** Creates the ZXing decoder; one reader is reused across frames. */
export function createZxingDecoder(): Decoder {
  const reader = new QRCodeReader();
  const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);
  return {
    name: 'zxing',
    decode(image: FrameImage): ScannedCode | null {
      const source = new RGBLuminanceSource(toLuma(image), image.width, image.height);
      try {
        const result = reader.decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
        const text = result.getText();
        const segments = result.getResultMetadata()?.get(ResultMetadataType.BYTE_SEGMENTS) as
          Uint8Array[] | undefined;
        return text === '' ? null : zxingBytes(text, segments, result.getRawBytes());
      } catch {
        // ZXing signals "no code here" (and a code it cannot read) by throwing.
        return null;
      } finally {
        reader.reset();
      }
    },
  };
}
