/** jsQR: a pure-JS decoder whose locator reads some codes that ZXing's detector misses. */
import jsQR from 'jsqr';
import { toRgba } from './luma.ts';
import { exactCode } from './scanned-code.ts';
import type { Decoder, FrameImage, ScannedCode } from './types.ts';

/** Creates the jsQR decoder. */
export function createJsqrDecoder(): Decoder {
  return {
    name: 'jsqr',
    decode(image: FrameImage): ScannedCode | null {
      // A camera shows dark-on-light codes; trying the inverted image too doubles the cost.
      const code = jsQR(toRgba(image), image.width, image.height, {
        inversionAttempts: 'dontInvert',
      });
      // binaryData: every segment's content bytes in order (byte mode as stored).
      return code && code.binaryData.length > 0 ? exactCode(code.data, code.binaryData) : null;
    },
  };
}
