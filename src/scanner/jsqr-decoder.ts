/** jsQR: a second pure-JS decoder, whose locator reads codes that ZXing's detector misses. */
import jsQR from 'jsqr';
import { toRgba } from './luma.ts';
import type { Decoder, FrameImage } from './types.ts';

/** Creates the jsQR decoder. */
export function createJsqrDecoder(): Decoder {
  return {
    name: 'jsqr',
    decode(image: FrameImage): string | null {
      // A camera shows dark-on-light codes; trying the inverted image too doubles the cost.
      const code = jsQR(toRgba(image), image.width, image.height, {
        inversionAttempts: 'dontInvert',
      });
      return code && code.data !== '' ? code.data : null;
    },
  };
}
