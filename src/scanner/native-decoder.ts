/** The browser's own `BarcodeDetector` (Chrome on Android, Safari 17+), where it reads QR codes. */
import { toRgba } from './luma.ts';
import { asciiBytes, textOnlyCode, exactCode } from './scanned-code.ts';
import type { Decoder, FrameImage, ScannedCode } from './types.ts';

// The Shape Detection API is not in TypeScript's DOM lib yet.
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorInstance {
  detect(source: ImageBitmapSource): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats(): Promise<string[]>;
}

/** Printable ASCII, tabs and line breaks: text whose bytes no character set can have changed. */
const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/;

/**
 * BarcodeDetector gives `rawValue` only, a string the platform decoded from the code's bytes in
 * a character set of its choosing (Shape Detection API §3.2): the bytes of a binary payload are
 * gone. Plain ASCII text is exact (any byte above 0x7f would show as a non-ASCII character);
 * anything else is marked inexact, and the chain asks its other decoders for the real bytes.
 */
export function nativeCode(rawValue: string): ScannedCode {
  return PLAIN_ASCII.test(rawValue)
    ? exactCode(rawValue, asciiBytes(rawValue))
    : textOnlyCode(rawValue);
}

/** The native decoder, or null when this browser has no `BarcodeDetector` that reads QR codes. */
export async function createNativeDecoder(): Promise<Decoder | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (typeof Detector !== 'function' || typeof ImageData === 'undefined') return null;
  try {
    const formats = await Detector.getSupportedFormats();
    if (!formats.includes('qr_code')) return null;
    const detector = new Detector({ formats: ['qr_code'] });
    const detect = (image: ImageData | FrameImage) =>
      detector.detect(
        image instanceof ImageData
          ? image
          : new ImageData(new Uint8ClampedArray(toRgba(image)), image.width, image.height),
      );
    return {
      name: 'native',
      async decode(image) {
        const found = (await detect(image)).find((code) => code.rawValue !== '');
        return found ? nativeCode(found.rawValue) : null;
      },
      async decodeAll(image) {
        const codes = await detect(image);
        return codes
          .filter((code) => code.rawValue !== '')
          .map((code) => nativeCode(code.rawValue));
      },
    };
  } catch {
    // Some builds expose the constructor but throw when no detection backend is present.
    return null;
  }
}
