/** Pixel format helpers: the decoders want luminance (ZXing) or RGBA (jsQR). */
import { ScannerError, type FrameImage } from './types.ts';

/** True when `image` holds one byte a pixel (luminance) rather than four (RGBA). */
export function isLuma(image: FrameImage): boolean {
  return image.data.length === image.width * image.height;
}

/** Throws a `ScannerError` unless `image` is a well-formed RGBA or luminance frame. */
export function assertFrame(image: FrameImage): void {
  const { data, width, height } = image;
  const pixels = width * height;
  if (
    !(data instanceof Uint8ClampedArray) ||
    !Number.isInteger(width) ||
    !Number.isInteger(height) ||
    width <= 0 ||
    height <= 0 ||
    (data.length !== pixels && data.length !== pixels * 4)
  ) {
    throw new ScannerError('BAD_FRAME', 'frame data does not match its width and height');
  }
}

/** The frame as luminance, one byte a pixel (ITU-R BT.601 weights, in integers). */
export function toLuma(image: FrameImage): Uint8ClampedArray {
  if (isLuma(image)) return image.data;
  const { data } = image;
  const luma = new Uint8ClampedArray(image.width * image.height);
  for (let i = 0, p = 0; i < luma.length; i++, p += 4) {
    luma[i] = (data[p]! * 77 + data[p + 1]! * 150 + data[p + 2]! * 29) >> 8;
  }
  return luma;
}

/** The frame as RGBA, four bytes a pixel, opaque. */
export function toRgba(image: FrameImage): Uint8ClampedArray {
  if (!isLuma(image)) return image.data;
  const { data } = image;
  const rgba = new Uint8ClampedArray(data.length * 4);
  for (let i = 0, p = 0; i < data.length; i++, p += 4) {
    const v = data[i]!;
    rgba[p] = v;
    rgba[p + 1] = v;
    rgba[p + 2] = v;
    rgba[p + 3] = 255;
  }
  return rgba;
}
