/** Draws a holder token as a QR image: numeric `kycvs:/` text (SPEC §5), level M. */
import QRCode from 'qrcode';
import type { QRCodeSegment } from 'qrcode';
import { QR_PREFIX, jwsToQrText } from '../protocol/index.ts';

/** A rendered status QR. */
export interface StatusQr {
  /** A PNG data URL, for the image and the download link. */
  dataUrl: string;
  /** The QR version (size) the token needed. */
  version: number;
}

/** The QR segments of a token: the prefix in byte mode, the digits in numeric mode. */
export function qrSegments(jws: string): QRCodeSegment[] {
  const digits = jwsToQrText(jws).slice(QR_PREFIX.length);
  return [
    { data: new TextEncoder().encode(QR_PREFIX), mode: 'byte' },
    { data: digits, mode: 'numeric' },
  ];
}

/**
 * Renders the token's QR code as a PNG data URL, with a wide quiet zone for cameras. Four pixels a
 * module keeps a version-13 code (77 modules with the quiet zone) at 308 px, shown unscaled on
 * the narrowest phone: a code squeezed to a fractional module width reads badly on cameras.
 */
export async function renderStatusQr(jws: string): Promise<StatusQr> {
  const segments = qrSegments(jws);
  const options = { errorCorrectionLevel: 'M' as const, margin: 4, scale: 4 };
  const version = QRCode.create(segments, options).version;
  const dataUrl = await QRCode.toDataURL(segments, options);
  return { dataUrl, version };
}
