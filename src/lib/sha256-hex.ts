/** Lowercase hex SHA-256 (WebCrypto), the one digest the browser code uses. */

/** Lowercase hex SHA-256 of `text` (UTF-8): the OTP as the registry expects it (SPEC §3). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
