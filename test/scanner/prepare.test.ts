/** What the home screen may prepare before a scan: never the camera itself. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareCamera } from '../../src/scanner/camera.ts';
import { chainOf } from '../../src/scanner/chain-run.ts';
import { WARM_UP_TEXT, warmUp, warmUpFrame } from '../../src/scanner/warm-up.ts';
import { createZxingWasmDecoder } from '../../src/scanner/zxing-wasm-decoder.ts';
import { nodeWasmSource } from '../helpers/qr-photos.ts';

afterEach(() => vi.unstubAllGlobals());

function fakeNavigator(state: PermissionState | Error) {
  const getUserMedia = vi.fn();
  const enumerateDevices = vi.fn(async () => []);
  const query = vi.fn(async () => {
    if (state instanceof Error) throw state;
    return { state };
  });
  vi.stubGlobal('navigator', {
    permissions: { query },
    mediaDevices: { getUserMedia, enumerateDevices },
  });
  return { getUserMedia, enumerateDevices, query };
}

describe('prepareCamera', () => {
  it('lists the cameras where the camera is allowed, and never opens one', async () => {
    const fake = fakeNavigator('granted');
    await prepareCamera();
    expect(fake.query).toHaveBeenCalledWith({ name: 'camera' });
    expect(fake.enumerateDevices).toHaveBeenCalledTimes(1);
    expect(fake.getUserMedia).not.toHaveBeenCalled();
  });

  it('does nothing more where the camera is not allowed yet, or the browser cannot say', async () => {
    for (const state of [
      'prompt',
      'denied',
      new TypeError('camera is no permission name'),
    ] as const) {
      const fake = fakeNavigator(state);
      await expect(prepareCamera()).resolves.toBeUndefined();
      expect(fake.enumerateDevices).not.toHaveBeenCalled();
      expect(fake.getUserMedia).not.toHaveBeenCalled();
    }
  });
});

describe('warmUp', () => {
  it('runs the first decoder once on a frame, leaving the statistics and the others alone', async () => {
    const first = { name: 'first', decode: vi.fn(() => null) };
    const second = { name: 'second', decode: vi.fn(() => null) };
    const chain = chainOf([first, second]);
    await warmUp(chain);
    expect(first.decode).toHaveBeenCalledTimes(1);
    const [frame] = first.decode.mock.calls[0] as unknown as [
      { width: number; height: number; data: Uint8ClampedArray },
    ];
    expect(frame.data.length).toBe(frame.width * frame.height * 4);
    expect(second.decode).not.toHaveBeenCalled();
    expect(chain.stats.get('first')).toMatchObject({ attempts: 0, hits: 0, errors: 0 });
  });

  it('warms on a real code, so every step of a decode runs once before the first frame', async () => {
    const decoder = await createZxingWasmDecoder(nodeWasmSource());
    const code = await decoder.decode(warmUpFrame());
    expect(code?.text).toBe(WARM_UP_TEXT);
  });

  it('swallows a decoder error: the first real frame reports it', async () => {
    const broken = {
      name: 'broken',
      decode: vi.fn(() => {
        throw new Error('no wasm');
      }),
    };
    await expect(warmUp(chainOf([broken]))).resolves.toBeUndefined();
  });
});
