/** The browser's own `BarcodeDetector` (Chrome on Android, Safari 17+), where it reads QR codes. */
import { toRgba } from './luma.ts';
import type { Decoder, FrameImage } from './types.ts';

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

/** The native decoder, or null when this browser has no `BarcodeDetector` that reads QR codes. */
export async function createNativeDecoder(): Promise<Decoder | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (typeof Detector !== 'function' || typeof ImageData === 'undefined') return null;
  try {
    const formats = await Detector.getSupportedFormats();
    if (!formats.includes('qr_code')) return null;
    const detector = new Detector({ formats: ['qr_code'] });
    return {
      name: 'native',
      async decode(image: ImageData | FrameImage): Promise<string | null> {
        const source =
          image instanceof ImageData
            ? image
            : new ImageData(new Uint8ClampedArray(toRgba(image)), image.width, image.height);
        const codes = await detector.detect(source);
        const found = codes.find((code) => code.rawValue !== '');
        return found ? found.rawValue : null;
      },
    };
  } catch {
    // Some builds expose the constructor but throw when no detection backend is present.
    return null;
  }
}
