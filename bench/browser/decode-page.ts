/** The scanner alone on the fake camera, loaded lazily as the PWA loads it, reporting each frame. */
import type { FrameInfo } from '../../src/scanner/index.ts';

/** What the bench reads back. */
export interface DecodeState {
  frames: FrameInfo[];
  codes: string[];
  errors: string[];
}

const state: DecodeState = { frames: [], codes: [], errors: [] };
(window as unknown as { decodeBench: DecodeState }).decodeBench = state;

const video = document.querySelector<HTMLVideoElement>('#camera')!;
const { startScanner } = await import('../../src/scanner/index.ts');
try {
  await startScanner(video, {
    onCode: (code) => state.codes.push(code.text),
    onFrame: (info) => state.frames.push(info),
    onError: (error) => state.errors.push(error.message),
  });
} catch (error) {
  state.errors.push(error instanceof Error ? error.message : String(error));
}
