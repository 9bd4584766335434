/**
 * Bounded CBOR (RFC 8949) for COSE: the item structure is walked without recursion first, so that
 * deeply nested or oversized input is rejected before the decoder (which recurses) sees it.
 */
import { decode, type TagDecoder } from 'cborg';
import { MAX_NESTING } from '../common.ts';

/** A tagged item the COSE layer needs to see (tags 18 COSE_Sign1 and 61 CWT). */
export class Tagged {
  constructor(
    readonly tag: number,
    readonly value: unknown,
  ) {}
}

const KEPT_TAGS = new Set([18, 61]);
const MAX_ITEMS = 4096;

// Every other tag (0 and 1 on dates, 24 embedded CBOR, ...) is read as the item it wraps.
const TAGS = new Proxy({} as Record<number, TagDecoder>, {
  get: (_target, key) => {
    const tag = Number(key);
    if (!Number.isInteger(tag)) return undefined;
    return (inner: () => unknown) => {
      const value = inner();
      return KEPT_TAGS.has(tag) ? new Tagged(tag, value) : value;
    };
  },
});

/** True when `bytes` hold exactly one well-formed CBOR item nested at most `maxDepth` deep. */
export function cborWithin(bytes: Uint8Array, maxDepth = MAX_NESTING): boolean {
  // Each level counts the items still expected; Infinity marks an indefinite-length container.
  const stack: number[] = [1];
  let pos = 0;
  let items = 0;
  while (stack.length > 0) {
    if (stack[stack.length - 1] === 0) {
      stack.pop();
      continue;
    }
    if (pos >= bytes.length || ++items > MAX_ITEMS) return false;
    const initial = bytes[pos++]!;
    if (initial === 0xff) {
      if (stack[stack.length - 1] !== Infinity) return false;
      stack.pop();
      continue;
    }
    stack[stack.length - 1]!--;
    const major = initial >> 5;
    const info = initial & 31;
    let arg = info;
    if (info >= 24 && info <= 27) {
      const size = 1 << (info - 24);
      if (pos + size > bytes.length) return false;
      arg = 0;
      for (let i = 0; i < size; i++) arg = arg * 256 + bytes[pos++]!;
    } else if (info >= 28 && info <= 30) {
      return false;
    }
    const indefinite = info === 31;
    if (indefinite && (major < 2 || major === 6)) return false;
    if (major === 2 || major === 3) {
      if (indefinite) stack.push(Infinity);
      else if (arg > bytes.length - pos) return false;
      else pos += arg;
    } else if (major === 4) {
      stack.push(indefinite ? Infinity : arg);
    } else if (major === 5) {
      stack.push(indefinite ? Infinity : 2 * arg);
    } else if (major === 6) {
      stack.push(1);
    }
    if (stack.length > maxDepth + 1) return false;
  }
  return pos === bytes.length;
}

/** Decodes one bounded CBOR item (maps as `Map`), or returns undefined when it is not one. */
export function decodeCbor(bytes: Uint8Array): unknown {
  if (!cborWithin(bytes)) return undefined;
  try {
    return decode(bytes, { useMaps: true, tags: TAGS, rejectDuplicateMapKeys: true });
  } catch {
    return undefined;
  }
}

/** A CBOR map's string-keyed maps as plain objects, for the hcert payload. Other keys drop. */
export function toPlain(value: unknown): unknown {
  if (value instanceof Map) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of value) {
      if (typeof key === 'string' && key !== '__proto__') out[key] = toPlain(item);
    }
    return out;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Tagged) return toPlain(value.value);
  return value;
}

/** A number from a CBOR integer or float, or undefined. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'bigint' && value <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(value);
  return undefined;
}
