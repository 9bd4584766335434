/** Types shared by the scanner's decoders, its frame loop and its callers. */
import { CodedError } from '../lib/coded-error.ts';
import type { ScannedCode } from '../protocol/credentials/types.ts';

/** A frame to decode: RGBA (4 bytes a pixel, as `ImageData`) or luminance (1 byte a pixel). */
export interface FrameImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** What a QR code holds: one type from the scanner to `verifyCredential` (src/protocol). */
export type { ScannedCode };

/** One QR decoder: the code it finds in a frame, or null when it finds none. */
export interface Decoder {
  name: string;
  decode(image: ImageData | FrameImage): ScannedCode | null | Promise<ScannedCode | null>;
  /** Every code in a still image (several on one page), where the decoder can list them. */
  decodeAll?(image: ImageData | FrameImage): ScannedCode[] | Promise<ScannedCode[]>;
}

/** Why the scanner could not start or stopped working. */
export type ScannerErrorCode =
  | 'UNSUPPORTED'
  | 'PERMISSION_DENIED'
  | 'NO_CAMERA'
  | 'CAMERA_BUSY'
  | 'CAMERA_ENDED'
  | 'UNREADABLE_IMAGE'
  | 'DECODE_TIMEOUT'
  | 'BAD_FRAME';

/** The one error the scanner throws, with a `code` a screen can switch on. */
export class ScannerError extends CodedError<ScannerErrorCode> {
  override name = 'ScannerError';
  constructor(code: ScannerErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}
