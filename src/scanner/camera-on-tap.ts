/**
 * The rear camera asked for in the tap on "Scan QR" itself, before the scan screen renders, so
 * that the camera opens while the screen is drawn; the scan screen takes that opening for its
 * first start. Only a tap opens the camera: nothing opens it before the user asks.
 * Part of the lazy scanner chunk: the tap can only open the camera once the chunk is loaded.
 */
import { openCamera } from './camera.ts';

/** An opening not taken by then (the scan screen never started) is closed (ms). */
const UNCLAIMED_MS = 5_000;

let opening: Promise<MediaStream> | null = null;

const close = (stream: Promise<MediaStream>) =>
  void stream.then(
    (media) => media.getTracks().forEach((track) => track.stop()),
    () => undefined,
  );

/** From the tap: opens the rear camera. */
export function openCameraOnTap(): void {
  if (opening) return;
  const mine = openCamera({ facingMode: 'environment' });
  // A failure is the scan screen's to report, when it takes the opening.
  mine.catch(() => undefined);
  opening = mine;
  setTimeout(() => {
    if (opening !== mine) return;
    opening = null;
    close(mine);
  }, UNCLAIMED_MS);
}

/** The rear camera opened by the tap, once; null when none was asked for. */
export function takeCameraOpening(): Promise<MediaStream> | null {
  const taken = opening;
  opening = null;
  return taken;
}

/** Closes an opening taken but not used (a hidden page, another camera chosen). */
export function closeCameraOpening(stream: Promise<MediaStream> | null): void {
  if (stream) close(stream);
}
