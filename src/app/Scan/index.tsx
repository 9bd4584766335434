/**
 * The scan screen, built for a queue: the camera (rear by default, any camera on request, torch
 * where there is one) stays open across verdicts; decoding pauses while a verdict shows and
 * resumes on "Next" (or by itself in kiosk mode). A hand-held scanner that types the code is
 * read without a field; an image file and pasted text are the fallbacks that need no camera.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { useApp } from '../context.ts';
import { Header } from '../Header/index.tsx';
import { KIOSK_NEXT_MS, ResultCard } from '../Result/index.tsx';
import { listenForHardwareScans } from '../hardware-scanner.ts';
import { loadScanner, type ScannerHandle, type ScannerModule } from '../scanner-loader.ts';
import type { Outcome } from '../verification.ts';

const REAR = 'rear';
const FRONT = 'front';

/**
 * After "Next", the code just checked is often still held up to the camera: for this long it is
 * not read again (the scanner then keeps ignoring it while it stays in view).
 */
export const HELD_CODE_GRACE_MS = 4_000;

/** Where a text to check came from. */
type Source = 'camera' | 'keyboard' | 'paste' | 'image';

type CameraState = 'starting' | 'live' | 'paused' | 'failed' | 'unavailable';

/** The scan screen. */
export function Scan() {
  const app = useApp();
  const video = useRef<HTMLVideoElement>(null);
  const handle = useRef<ScannerHandle | null>(null);
  const busy = useRef(false);
  const lastText = useRef<string | null>(null);
  const resumedAt = useRef(-Infinity);
  const resumePending = useRef(false);
  const stateRef = useRef<CameraState>('starting');
  const showingRef = useRef(false);
  const releaseCamera = useRef<(() => void) | null>(null);
  const [scanner, setScanner] = useState<ScannerModule | null>(null);
  const [camera, setCamera] = useState(REAR);
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const [state, setStateValue] = useState<CameraState>('starting');
  const [torch, setTorch] = useState<{ supported: boolean; on: boolean }>({
    supported: false,
    on: false,
  });
  const [checking, setChecking] = useState(false);
  const [verdict, setVerdictValue] = useState<Outcome | null>(null);
  // A new object on every change, so that hidden-then-visible before a render still reopens the
  // camera the hidden event released.
  const [page, setPage] = useState(() => ({ hidden: document.visibilityState === 'hidden' }));
  const [message, setMessage] = useState<
    '' | 'scan.loadError' | 'scan.cameraError' | 'scan.noCodeInImage'
  >('');
  const [pasted, setPasted] = useState('');

  const setState = (next: CameraState) => {
    stateRef.current = next;
    setStateValue(next);
  };

  const setVerdict = (next: Outcome | null) => {
    showingRef.current = next !== null;
    setVerdictValue(next);
  };

  const check = async (text: string, source: Source) => {
    if (busy.current) return;
    // While a verdict shows, the camera is paused: a late code must not replace that verdict.
    if (source === 'camera' && showingRef.current) return;
    const held =
      source === 'camera' &&
      text === lastText.current &&
      performance.now() - resumedAt.current < HELD_CODE_GRACE_MS;
    if (held) return;
    busy.current = true;
    setChecking(true);
    handle.current?.pause();
    if (stateRef.current === 'live') setState('paused');
    try {
      const outcome = await app.checkText(text);
      lastText.current = text;
      setVerdict(outcome);
    } finally {
      busy.current = false;
      setChecking(false);
    }
  };
  const checkRef = useRef(check);
  checkRef.current = check;

  const next = useCallback(() => {
    app.primeFeedback();
    resumePending.current = true;
    setVerdict(null);
  }, [app]);

  // A verdict cleared because the page was hidden must not start decoding an unwatched camera;
  // the camera comes back (and decodes) when the page is visible again.
  const clear = useCallback(() => {
    resumePending.current = document.visibilityState !== 'hidden';
    setVerdict(null);
  }, []);

  useEffect(() => {
    // Resume only once the viewfinder is on screen again, so frames flow at once.
    if (verdict !== null || !resumePending.current) return;
    resumePending.current = false;
    const running = handle.current;
    if (!running) return;
    resumedAt.current = performance.now();
    running.resume();
  }, [verdict]);

  useEffect(
    () => listenForHardwareScans(window, (text) => void checkRef.current(text, 'keyboard')),
    [],
  );

  useEffect(() => {
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

  useEffect(() => {
    if (!scanner || !video.current || page.hidden) return undefined;
    let alive = true;
    let started: ScannerHandle | null = null;
    const release = () => {
      alive = false;
      if (handle.current === started) handle.current = null;
      started?.stop();
      started = null;
      if (releaseCamera.current === release) releaseCamera.current = null;
    };
    releaseCamera.current = release;
    setState('starting');
    const options =
      camera === REAR
        ? { facingMode: 'environment' as const }
        : camera === FRONT
          ? { facingMode: 'user' as const }
          : { deviceId: camera };
    scanner
      .startScanner(video.current, {
        ...options,
        onCode: (text) => void checkRef.current(text, 'camera'),
        onError: () => alive && setState('failed'),
        onFrame: () => {
          // The first frame decoded after a start or a resume: the scanner is live.
          if (alive && !busy.current && stateRef.current !== 'live') setState('live');
        },
      })
      .then(
        async (running) => {
          if (!alive) {
            running.stop();
            return;
          }
          started = running;
          handle.current = running;
          if (busy.current || showingRef.current) running.pause();
          setMessage('');
          setTorch({ supported: running.torchSupported, on: false });
          // Labels are only readable once camera permission is granted.
          const list = await scanner.listCameras().catch(() => []);
          if (alive) setCameras(list);
        },
        () => {
          if (!alive) return;
          setState('failed');
          setMessage('scan.cameraError');
        },
      );
    return release;
  }, [scanner, camera, page]);

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const module = scanner ?? (await loadScanner().catch(() => null));
    const text = module ? await module.decodeImageFile(file).catch(() => null) : null;
    if (text === null) {
      setMessage('scan.noCodeInImage');
      return;
    }
    await check(text, 'image');
  };

  const toggleTorch = async () => {
    const running = handle.current;
    if (!running) return;
    const on = !torch.on;
    await running.setTorch(on).then(
      () => setTorch({ supported: true, on }),
      () => setTorch({ supported: false, on: false }),
    );
  };

  const showing = verdict !== null;

  return (
    <main class="screen" data-scanner={showing ? 'paused' : state}>
      {showing ? (
        <ResultCard
          outcome={verdict}
          onNext={next}
          onClear={clear}
          autoNextMs={app.preferences.kiosk ? KIOSK_NEXT_MS : undefined}
        />
      ) : (
        <Header title={t('scan.title')} back />
      )}
      <div class="viewfinder" hidden={showing}>
        <video
          ref={video}
          class="viewfinder__video"
          muted
          playsInline
          autoPlay
          aria-hidden="true"
        />
        <div class="viewfinder__frame" aria-hidden="true" />
      </div>
      {!showing && (
        <>
          <p class="scan-state" aria-live="polite">
            {checking
              ? t('scan.checking')
              : state === 'starting'
                ? t('scan.starting')
                : state === 'live'
                  ? t('scan.hint')
                  : ''}
          </p>
          {message && (
            <p class="warning" role="alert">
              {t(message)}
            </p>
          )}
          <p class="note">{t('scan.hardwareHint')}</p>
          <div class="actions actions--row">
            <label class="field field--inline">
              <span>{t('scan.camera')}</span>
              <select
                value={camera}
                onChange={(event) => setCamera((event.currentTarget as HTMLSelectElement).value)}
              >
                <option value={REAR}>{t('scan.cameraRear')}</option>
                <option value={FRONT}>{t('scan.cameraFront')}</option>
                {cameras.map((device, index) => (
                  <option key={device.deviceId} value={device.deviceId}>
                    {device.label || t('scan.cameraUnnamed', { number: index + 1 })}
                  </option>
                ))}
              </select>
            </label>
            {torch.supported && (
              <button
                type="button"
                class="button"
                aria-pressed={torch.on}
                onClick={() => void toggleTorch()}
              >
                {torch.on ? t('scan.torchOff') : t('scan.torchOn')}
              </button>
            )}
            <label class="button file-button">
              {t('scan.chooseImage')}
              <input
                type="file"
                accept="image/*"
                class="visually-hidden"
                onChange={(event) => void onFile(event)}
              />
            </label>
          </div>
          <form
            class="paste"
            onSubmit={(event) => {
              event.preventDefault();
              if (pasted.trim()) void check(pasted.trim(), 'paste');
            }}
          >
            <label class="field">
              <span>{t('scan.pasteLabel')}</span>
              <textarea
                rows={3}
                value={pasted}
                spellcheck={false}
                autoComplete="off"
                onInput={(event) => setPasted((event.currentTarget as HTMLTextAreaElement).value)}
              />
            </label>
            <button type="submit" class="button" disabled={checking}>
              {t('scan.pasteSubmit')}
            </button>
          </form>
        </>
      )}
    </main>
  );
}
