/**
 * Bounded inflation (RFC 1950, RFC 1951) for the formats that compress: kept apart from the
 * dispatcher so that the inflater loads with the format chunks, not with the app shell.
 */
import { Inflate, Unzlib } from 'fflate';

/** The largest inflated payload any format may expand to, in bytes. */
export const MAX_INFLATED_BYTES = 256 * 1024;

// Input is fed to the inflater in small slices, so that the output is checked against the cap
// often: DEFLATE expands at most about 1032 to 1, so a slice yields at most about 260 kB.
const SLICE = 256;

/**
 * Inflates DEFLATE data (`raw`, RFC 1951, or `zlib`, RFC 1950) to at most `cap` bytes.
 * Returns null when the data is not a complete stream or expands beyond the cap.
 */
export function inflateCapped(
  data: Uint8Array,
  wrapper: 'raw' | 'zlib',
  cap = MAX_INFLATED_BYTES,
): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const ondata = (chunk: Uint8Array, final: boolean): void => {
    chunks.push(chunk);
    total += chunk.length;
    if (final) ended = true;
  };
  try {
    const inflater = wrapper === 'raw' ? new Inflate(ondata) : new Unzlib(ondata);
    for (let i = 0; i < data.length; i += SLICE) {
      const end = Math.min(i + SLICE, data.length);
      inflater.push(data.subarray(i, end), end === data.length);
      if (total > cap) return null;
    }
    if (data.length === 0) return null;
  } catch {
    return null;
  }
  if (!ended) return null;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
