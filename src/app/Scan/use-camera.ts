/**
 * The scan screen's camera: the scanner loaded lazily, the chosen camera opened into the video,
 * released at once when the page is hidden and reopened when it is visible, the torch, and the
 * decoding paused while a verdict shows.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ScannedCode } from '../../protocol/credentials/types.ts';
import {
  loadScanner,
  loadedScanner,
  type ScannerHandle,
  type ScannerModule,
} from '../scanner-loader.ts';
import { whenIdle } from '../when-idle.ts';

/** The rear and front cameras, beside the device ids of listed cameras. */
export const REAR = 'rear';
export const FRONT = 'front';

/** The longest wait for an idle moment before the torch and camera list are shown (ms). */
const CONTROLS_IDLE_MS = 1_500;
/** How long they wait again when that moment came while a code was being checked (ms). */
const CONTROLS_RETRY_MS = 1_000;

/** What the camera is doing. */
export type CameraState = 'starting' | 'live' | 'paused' | 'failed' | 'unavailable';

/** Why the camera cannot be used. */
export type CameraMessage = '' | 'scan.loadError' | 'scan.cameraError';

/** What the hook needs from the screen. */
export interface CameraOptions {
  /** Called for each code the camera reads, with its bytes when the decoder gave them. */
  onCode: (code: ScannedCode) => void;
  /** True while a code is being checked or a verdict shows: a start must stay paused. */
  held: () => boolean;
}

/** Opens and follows the camera. */
export function useCamera({ onCode, held }: CameraOptions) {
  const video = useRef<HTMLVideoElement>(null);
  const handle = useRef<ScannerHandle | null>(null);
  const stateRef = useRef<CameraState>('starting');
  const releaseCamera = useRef<(() => void) | null>(null);
  const callbacks = useRef({ onCode, held });
  callbacks.current = { onCode, held };
  // Already downloaded (the home screen starts it): the camera opens on the first render.
  const [scanner, setScanner] = useState<ScannerModule | null>(loadedScanner);
  const [camera, setCamera] = useState(REAR);
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const [state, setStateValue] = useState<CameraState>('starting');
  const [torch, setTorch] = useState({ supported: false, on: false });
  const [message, setMessage] = useState<CameraMessage>('');
  // A new object on every change, so that hidden-then-visible before a render still reopens the
  // camera the hidden event released.
  const [page, setPage] = useState(() => ({ hidden: document.visibilityState === 'hidden' }));

  const setState = (next: CameraState) => {
    stateRef.current = next;
    setStateValue(next);
  };

  useEffect(() => {
    if (scanner) return undefined;
    let alive = true;
    loadScanner().then(
      (module) => alive && setScanner(module),
      () => {
        if (!alive) return;
        setState('unavailable');
        setMessage('scan.loadError');
      },
    );
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    const onVisibility = () => {
      const hidden = document.visibilityState === 'hidden';
      // Released at once, not on the next render: a hidden page must not hold the camera.
      if (hidden) releaseCamera.current?.();
      setPage({ hidden });
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  // A layout effect: getUserMedia is asked for before the screen's first paint, not after it.
  useLayoutEffect(() => {
    // The rear camera the tap on "Scan QR" began to open, for the first start only.
    // (None without the scanner: the tap opens the camera only once the scanner is loaded.)
    let opening = scanner?.takeCameraOpening() ?? null;
    if (camera !== REAR) {
      scanner?.closeCameraOpening(opening);
      opening = null;
    }
    if (!scanner || !video.current || page.hidden) {
      scanner?.closeCameraOpening(opening);
      return undefined;
    }
    let alive = true;
    let started: ScannerHandle | null = null;
    let cancelIdle = () => {};
    const release = () => {
      alive = false;
      cancelIdle();
      if (handle.current === started) handle.current = null;
      started?.stop();
      started = null;
      if (releaseCamera.current === release) releaseCamera.current = null;
    };
    releaseCamera.current = release;
    setState('starting');
    const choice =
      camera === REAR
        ? { facingMode: 'environment' as const }
        : camera === FRONT
          ? { facingMode: 'user' as const }
          : { deviceId: camera };
    scanner
      .startScanner(video.current, {
        ...choice,
        ...(opening ? { opening } : {}),
        onCode: (code) => callbacks.current.onCode(code),
        onError: () => alive && setState('failed'),
        onFrame: () => {
          // The first frame decoded after a start or a resume: the scanner is live.
          if (alive && !callbacks.current.held() && stateRef.current !== 'live') setState('live');
        },
      })
      .then(
        (running) => {
          if (!alive) return running.stop();
          started = running;
          handle.current = running;
          if (callbacks.current.held()) running.pause();
          setMessage('');
          // The torch button and the camera list wait for an idle moment with no code being
          // checked: the first frame, decoded and checked, must not wait behind the device list
          // and a render of the screen's controls (the page is idle while a check waits on the
          // decode worker or WebCrypto, so idle alone is not enough).
          const showControls = () => {
            if (!alive) return;
            if (callbacks.current.held()) {
              const retry = setTimeout(() => {
                cancelIdle = whenIdle(showControls, CONTROLS_IDLE_MS);
              }, CONTROLS_RETRY_MS);
              cancelIdle = () => clearTimeout(retry);
              return;
            }
            setTorch({ supported: running.torchSupported, on: false });
            // Labels are only readable once camera permission is granted.
            void scanner.listCameras().then(
              (list) => alive && setCameras(list),
              () => undefined,
            );
          };
          cancelIdle = whenIdle(showControls, CONTROLS_IDLE_MS);
        },
        () => {
          if (!alive) return;
          setState('failed');
          setMessage('scan.cameraError');
        },
      );
    return release;
  }, [scanner, camera, page]);

  return {
    video,
    scanner,
    state,
    message,
    camera,
    cameras,
    setCamera,
    torch,
    /** Stops decoding while a code is checked and its verdict shows. */
    pause() {
      handle.current?.pause();
      if (stateRef.current === 'live') setState('paused');
    },
    /** Decodes again; the code just checked is not read again while it is still held up. */
    resume() {
      handle.current?.resume({ hold: true });
    },
    async toggleTorch() {
      const running = handle.current;
      if (!running) return;
      const on = !torch.on;
      await running.setTorch(on).then(
        () => setTorch({ supported: true, on }),
        () => setTorch({ supported: false, on: false }),
      );
    },
  };
}
