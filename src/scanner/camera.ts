/** The camera: which ones there are, opening one suited to reading codes, and its torch. */
import { ScannerError } from './types.ts';

/** Which camera to open: a picked one by id, else by the way it faces (rear by default). */
export interface CameraChoice {
  deviceId?: string;
  facingMode?: 'environment' | 'user';
}

// The torch is in Chrome's image-capture constraints, not yet in TypeScript's DOM lib.
interface TorchCapabilities {
  torch?: boolean;
}

/** The video inputs; their labels are empty until the user has allowed a camera once. */
export async function listCameras(): Promise<MediaDeviceInfo[]> {
  if (!navigator.mediaDevices?.enumerateDevices) return [];
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices.filter((device) => device.kind === 'videoinput');
}

/**
 * Before the user asks for a scan: where the camera is already allowed, lists the cameras, so
 * the browser's media devices are up when the scan opens one. Never opens a camera (no light,
 * no prompt) and never asks for the permission; resolves whatever happens.
 */
export async function prepareCamera(): Promise<void> {
  try {
    const permission = await navigator.permissions?.query({ name: 'camera' as PermissionName });
    if (permission?.state === 'granted') await listCameras();
  } catch {
    // A browser that cannot say: the scan asks as before.
  }
}

/**
 * getUserMedia constraints for reading codes on a cheap tablet: 720p is sharp enough for a
 * version-12 code at arm's length and light enough to copy every frame; "ideal" so a camera
 * that cannot do it still opens.
 */
export function cameraConstraints(choice: CameraChoice): MediaStreamConstraints {
  const which: MediaTrackConstraints = choice.deviceId
    ? { deviceId: { exact: choice.deviceId } }
    : { facingMode: { ideal: choice.facingMode ?? 'environment' } };
  return {
    audio: false,
    video: { ...which, width: { ideal: 1280 }, height: { ideal: 720 }, frameRate: { ideal: 30 } },
  };
}

/** Maps a getUserMedia failure to the scanner's error codes, keeping the original as `cause`. */
export function cameraError(error: unknown): ScannerError {
  const name = error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return new ScannerError('PERMISSION_DENIED', 'camera permission denied', { cause: error });
    case 'NotFoundError':
    case 'OverconstrainedError':
      return new ScannerError('NO_CAMERA', 'no such camera', { cause: error });
    case 'NotReadableError':
    case 'AbortError':
      return new ScannerError('CAMERA_BUSY', 'camera in use or failing', { cause: error });
    default:
      return new ScannerError('UNSUPPORTED', 'camera not available', { cause: error });
  }
}

/** Opens the chosen camera; throws a `ScannerError` when it cannot. */
export async function openCamera(choice: CameraChoice): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) {
    // Also the case on a page not served over HTTPS or localhost.
    throw new ScannerError('UNSUPPORTED', 'this browser cannot use a camera here');
  }
  try {
    return await navigator.mediaDevices.getUserMedia(cameraConstraints(choice));
  } catch (error) {
    throw cameraError(error);
  }
}

/** True when the track's camera has a torch that can be switched from the page. */
export function hasTorch(track: MediaStreamTrack): boolean {
  if (typeof track.getCapabilities !== 'function') return false;
  return (track.getCapabilities() as TorchCapabilities).torch === true;
}

/** Switches the track's torch on or off. */
export async function applyTorch(track: MediaStreamTrack, on: boolean): Promise<void> {
  try {
    await track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
  } catch (error) {
    throw new ScannerError('UNSUPPORTED', 'the torch could not be switched', { cause: error });
  }
}
