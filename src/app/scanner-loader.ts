/**
 * Loads the scanner (camera + decoders) lazily, so it never weighs on the first load. The home
 * screen starts the download early; the scan screen waits for it.
 */

import type * as Scanner from '../scanner/index.ts';

// Types only: erased from the build, so the scanner's code stays out of the first load.
export type { ScannerHandle, ScannerOptions } from '../scanner/index.ts';

/** What the app uses of the scanner module (src/scanner/index.ts). */
export type ScannerModule = Pick<
  typeof Scanner,
  | 'listCameras'
  | 'startScanner'
  | 'readImageFile'
  | 'prepareScanner'
  | 'openCameraOnTap'
  | 'takeCameraOpening'
  | 'closeCameraOpening'
>;

let pending: Promise<ScannerModule> | null = null;
let loaded: ScannerModule | null = null;

/** The scanner module, downloaded once; a failed download is retried on the next call. */
export function loadScanner(): Promise<ScannerModule> {
  if (!pending) {
    pending = import('../scanner/index.ts');
    pending.then(
      (module) => {
        loaded = module;
      },
      () => {
        pending = null;
      },
    );
  }
  return pending;
}

/** The scanner module when it is already downloaded, so a screen can start it without a wait. */
export function loadedScanner(): ScannerModule | null {
  return loaded;
}

/**
 * Downloads the scanner and starts its decode worker (the decoders and zxing-cpp's wasm load and
 * compile there), so that the first camera frame finds them ready.
 */
export function prepareScanner(): void {
  loadScanner().then(
    (module) => module.prepareScanner(),
    () => undefined,
  );
}
