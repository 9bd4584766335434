/** A camera frame's luminance taken from its Y plane, without a canvas. */
import { describe, expect, it } from 'vitest';
import { planFrame } from '../../src/scanner/frame-grabber.ts';
import { lumaPlane } from '../../src/scanner/luma-plane.ts';

/** A planar I420 frame whose luma at (x, y) is (x + 3y) mod 256, copied as WebCodecs does. */
function fakeI420(width: number, height: number, format: VideoPixelFormat | null = 'I420') {
  const lumaAt = (x: number, y: number) => (x + 3 * y) % 256;
  const size = (rect: DOMRectInit) => rect.width! * rect.height! * 1.5;
  return {
    format,
    codedWidth: width,
    codedHeight: height,
    displayWidth: width,
    displayHeight: height,
    visibleRect: { x: 0, y: 0, width, height },
    allocationSize: ({ rect }: { rect: DOMRectInit }) => size(rect),
    async copyTo(buffer: Uint8Array, { rect }: { rect: DOMRectInit }) {
      const { x = 0, y = 0, width: w = 0, height: h = 0 } = rect;
      if (x % 2 || y % 2 || w % 2 || h % 2) throw new TypeError('rect not sample-aligned');
      for (let row = 0; row < h; row++) {
        for (let column = 0; column < w; column++) {
          buffer[row * w + column] = lumaAt(x + column, y + row);
        }
      }
      return [
        { offset: 0, stride: w },
        { offset: w * h, stride: w / 2 },
        { offset: w * h * 1.25, stride: w / 2 },
      ];
    },
    lumaAt,
  };
}

describe('lumaPlane', () => {
  it('gives the planned region of the Y plane, one byte a pixel', async () => {
    const frame = fakeI420(640, 480);
    const plan = planFrame(640, 480, 'centre');
    const image = await lumaPlane(frame as unknown as VideoFrame, plan);
    expect(image).not.toBeNull();
    const { data, width, height } = image!;
    expect(data.length).toBe(width * height);
    // The centre, rounded to even coordinates: within a pixel of the plan.
    expect(Math.abs(width - plan.sw)).toBeLessThanOrEqual(1);
    expect(Math.abs(height - plan.sh)).toBeLessThanOrEqual(1);
    const x0 = plan.sx - (plan.sx % 2);
    const y0 = plan.sy - (plan.sy % 2);
    expect(data[0]).toBe(frame.lumaAt(x0, y0));
    expect(data[width * 5 + 7]).toBe(frame.lumaAt(x0 + 7, y0 + 5));
  });

  it('leaves a GPU frame, an RGB frame and a scaled plan to the canvas', async () => {
    const plan = planFrame(640, 480, 'full');
    for (const format of [null, 'RGBA', 'BGRX'] as const) {
      expect(await lumaPlane(fakeI420(640, 480, format) as unknown as VideoFrame, plan)).toBeNull();
    }
    // A 1920x1080 frame is scaled down to a short side of 720 first.
    const large = fakeI420(1920, 1080);
    expect(
      await lumaPlane(large as unknown as VideoFrame, planFrame(1920, 1080, 'full')),
    ).toBeNull();
  });

  it('answers null, never throws, when the copy fails', async () => {
    const frame = fakeI420(640, 480);
    frame.copyTo = async () => {
      throw new DOMException('closed', 'InvalidStateError');
    };
    expect(await lumaPlane(frame as unknown as VideoFrame, planFrame(640, 480, 'full'))).toBeNull();
  });
});
