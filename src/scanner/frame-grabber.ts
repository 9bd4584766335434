/** Copies video frames and images into a reused canvas, scaled down, as pixels to decode. */
import { ScannerError } from './types.ts';

/** The shorter side of a frame handed to the decoders, at most (a 720p frame passes whole). */
export const MAX_SHORT_SIDE = 720;

/** The centre crop keeps this fraction of each side: where people hold a code. */
export const CENTRE_CROP = 0.6;

/** Which part of a frame to decode: all of it, or its centre at a higher resolution. */
export type FramePass = 'full' | 'centre';

/** A source rectangle and the size it is drawn at. */
export interface FramePlan {
  sx: number;
  sy: number;
  sw: number;
  sh: number;
  width: number;
  height: number;
}

/** Where to read from a `sourceWidth` x `sourceHeight` frame for `pass`, and at what size. */
export function planFrame(sourceWidth: number, sourceHeight: number, pass: FramePass): FramePlan {
  const fraction = pass === 'centre' ? CENTRE_CROP : 1;
  const sw = Math.round(sourceWidth * fraction);
  const sh = Math.round(sourceHeight * fraction);
  const scale = Math.min(1, MAX_SHORT_SIDE / Math.min(sw, sh));
  return {
    sx: Math.floor((sourceWidth - sw) / 2),
    sy: Math.floor((sourceHeight - sh) / 2),
    sw,
    sh,
    width: Math.max(1, Math.round(sw * scale)),
    height: Math.max(1, Math.round(sh * scale)),
  };
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Draws a region of an image or video into a reused canvas and reads its pixels back. */
export interface FrameGrabber {
  grab(source: CanvasImageSource, plan: FramePlan): ImageData;
}

/** Creates a grabber with its own canvas (an OffscreenCanvas where the browser has one). */
export function createFrameGrabber(): FrameGrabber {
  const canvas: HTMLCanvasElement | OffscreenCanvas =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(1, 1)
      : document.createElement('canvas');
  // willReadFrequently keeps the canvas on the CPU, where getImageData is cheap.
  const context = canvas.getContext('2d', {
    willReadFrequently: true,
    alpha: false,
  }) as Context2D | null;
  if (!context) throw new ScannerError('UNSUPPORTED', 'no 2D canvas');
  return {
    grab(source, plan) {
      if (canvas.width !== plan.width) canvas.width = plan.width;
      if (canvas.height !== plan.height) canvas.height = plan.height;
      // A transparent PNG would read as black on black: paint white under it.
      context.fillStyle = '#fff';
      context.fillRect(0, 0, plan.width, plan.height);
      // Enlarging must keep module edges sharp; shrinking should average.
      context.imageSmoothingEnabled = plan.width < plan.sw;
      context.drawImage(source, plan.sx, plan.sy, plan.sw, plan.sh, 0, 0, plan.width, plan.height);
      return context.getImageData(0, 0, plan.width, plan.height);
    },
  };
}
