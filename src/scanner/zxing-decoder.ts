/** @zxing/library's QR reader over a hybrid binarizer: the pure-JS decoder tried first. */
// Deep imports: the package index drags in every format (450 kB); the QR reader alone is a third.
import BinaryBitmap from '@zxing/library/esm/core/BinaryBitmap.js';
import DecodeHintType from '@zxing/library/esm/core/DecodeHintType.js';
import HybridBinarizer from '@zxing/library/esm/core/common/HybridBinarizer.js';
import QRCodeReader from '@zxing/library/esm/core/qrcode/QRCodeReader.js';
import RGBLuminanceSource from '@zxing/library/esm/core/RGBLuminanceSource.js';
import { toLuma } from './luma.ts';
import type { Decoder, FrameImage } from './types.ts';

/** Creates the ZXing decoder; one reader is reused across frames. */
export function createZxingDecoder(): Decoder {
  const reader = new QRCodeReader();
  const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);
  return {
    name: 'zxing',
    decode(image: FrameImage): string | null {
      const source = new RGBLuminanceSource(toLuma(image), image.width, image.height);
      try {
        return reader.decode(new BinaryBitmap(new HybridBinarizer(source)), hints).getText();
      } catch {
        // ZXing signals "no code here" (and a code it cannot read) by throwing.
        return null;
      } finally {
        reader.reset();
      }
    },
  };
}
