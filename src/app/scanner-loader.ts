/**
 * Loads the scanner (camera + decoders) lazily, so it never weighs on the first load. The home
 * screen starts the download early; the scan screen waits for it.
 */

/** A running camera scan. */
export interface ScannerHandle {
  stop(): void;
  torchSupported: boolean;
  setTorch(on: boolean): Promise<void>;
  pause(): void;
  resume(): void;
}

/** Options of `startScanner`. */
export interface ScannerOptions {
  deviceId?: string;
  facingMode?: 'environment' | 'user';
  onCode: (text: string) => void;
  onError?: (error: Error) => void;
  /** Called after each decoded frame: the scanner is live. */
  onFrame?: (info: { ms: number; decoder: string | null }) => void;
}

/** The scanner module's interface (src/scanner/index.ts). */
export interface ScannerModule {
  listCameras(): Promise<MediaDeviceInfo[]>;
  startScanner(video: HTMLVideoElement, options: ScannerOptions): Promise<ScannerHandle>;
  decodeImageFile(file: Blob): Promise<string | null>;
}

let pending: Promise<ScannerModule> | null = null;

/** The scanner module, downloaded once; a failed download is retried on the next call. */
export function loadScanner(): Promise<ScannerModule> {
  if (!pending) {
    pending = import('../scanner/index.ts') as Promise<ScannerModule>;
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}
