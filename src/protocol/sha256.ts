/** Lowercase hex SHA-256 (WebCrypto): the one digest the browser code and the formats use. */

/** Lowercase hex of the SHA-256 of `data` (text as UTF-8): an OTP as SPEC §3 sends it, an id. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
