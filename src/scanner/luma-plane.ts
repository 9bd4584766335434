/**
 * A camera frame's own luminance: the Y plane of a planar YUV `VideoFrame`, copied out for the
 * planned region. A QR decoder wants luminance, and the camera already gives it; drawing the
 * frame into a canvas and reading RGBA back converts the colours twice (measured: 25-35 ms for
 * the first 640x480 frame of a fresh worker, against a plane copy).
 */
import type { FramePlan } from './frame-grabber.ts';
import type { FrameImage } from './types.ts';

/** Pixel formats whose first plane is full-resolution luminance, one byte a sample. */
const Y_FIRST = new Set(['I420', 'I420A', 'I422', 'I444', 'NV12']);

/**
 * The planned region (in the frame's displayed pixels) within the coded frame, rounded out to
 * even coordinates (4:2:0 chroma is sampled in 2x2 blocks); null for a frame displayed scaled.
 */
function evenRect(plan: FramePlan, frame: VideoFrame): DOMRectInit | null {
  const visible = frame.visibleRect;
  if (!visible || visible.width !== frame.displayWidth || visible.height !== frame.displayHeight) {
    return null;
  }
  const x = visible.x + plan.sx - ((visible.x + plan.sx) % 2);
  const y = visible.y + plan.sy - ((visible.y + plan.sy) % 2);
  const right = Math.min(visible.x + plan.sx + plan.sw, frame.codedWidth);
  const bottom = Math.min(visible.y + plan.sy + plan.sh, frame.codedHeight);
  const width = right - x - ((right - x) % 2);
  const height = bottom - y - ((bottom - y) % 2);
  if (width < 2 || height < 2) return null;
  return { x, y, width, height };
}

/**
 * The planned region of `frame` as luminance, or null when this frame cannot give it so (a
 * frame held on the GPU, another pixel format, or a plan that scales): the caller draws it then.
 */
export async function lumaPlane(frame: VideoFrame, plan: FramePlan): Promise<FrameImage | null> {
  if (frame.format === null || !Y_FIRST.has(frame.format)) return null;
  // Only an unscaled region: scaling is the canvas's work.
  if (plan.width !== plan.sw || plan.height !== plan.sh) return null;
  const rect = evenRect(plan, frame);
  if (!rect) return null;
  const width = rect.width!;
  const height = rect.height!;
  try {
    const buffer = new Uint8Array(frame.allocationSize({ rect }));
    const layout = await frame.copyTo(buffer, { rect });
    const y = layout[0];
    if (!y) return null;
    const data = new Uint8ClampedArray(width * height);
    for (let row = 0; row < height; row++) {
      const from = y.offset + row * y.stride;
      data.set(buffer.subarray(from, from + width), row * width);
    }
    return { data, width, height };
  } catch {
    return null;
  }
}
