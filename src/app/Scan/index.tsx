/**
 * The scan screen: the camera (rear by default, any camera on request, torch where there is
 * one), and two fallbacks that need no camera: an image file and pasted text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { useApp } from '../context.ts';
import { Header } from '../Header/index.tsx';
import { loadScanner, type ScannerHandle, type ScannerModule } from '../scanner-loader.ts';

const REAR = 'rear';
const FRONT = 'front';

type CameraState = 'starting' | 'live' | 'failed' | 'unavailable';

/** The scan screen. */
export function Scan() {
  const app = useApp();
  const video = useRef<HTMLVideoElement>(null);
  const handle = useRef<ScannerHandle | null>(null);
  const busy = useRef(false);
  const [scanner, setScanner] = useState<ScannerModule | null>(null);
  const [camera, setCamera] = useState(REAR);
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const [state, setState] = useState<CameraState>('starting');
  const [torch, setTorch] = useState<{ supported: boolean; on: boolean }>({
    supported: false,
    on: false,
  });
  const [checking, setChecking] = useState(false);
  const [message, setMessage] = useState('');
  const [pasted, setPasted] = useState('');

  const check = async (text: string) => {
    if (busy.current) return;
    busy.current = true;
    setChecking(true);
    handle.current?.pause();
    const outcome = await app.checkText(text);
    app.navigate({ name: 'result', outcome, from: 'scan' });
  };
  const checkRef = useRef(check);
  checkRef.current = check;

  useEffect(() => {
    let alive = true;
    loadScanner().then(
      (module) => alive && setScanner(module),
      () => {
        if (!alive) return;
        setState('unavailable');
        setMessage(t('scan.loadError'));
      },
    );
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    if (!scanner || !video.current) return undefined;
    let alive = true;
    let started: ScannerHandle | null = null;
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
        onCode: (text) => void checkRef.current(text),
        onError: () => alive && setState('failed'),
      })
      .then(
        async (running) => {
          if (!alive) {
            running.stop();
            return;
          }
          started = running;
          handle.current = running;
          setState('live');
          setMessage('');
          setTorch({ supported: running.torchSupported, on: false });
          // Labels are only readable once camera permission is granted.
          const list = await scanner.listCameras().catch(() => []);
          if (alive) setCameras(list);
        },
        () => {
          if (!alive) return;
          setState('failed');
          setMessage(t('scan.cameraError'));
        },
      );
    return () => {
      alive = false;
      started?.stop();
      if (handle.current === started) handle.current = null;
    };
  }, [scanner, camera]);

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const module = scanner ?? (await loadScanner().catch(() => null));
    const text = module ? await module.decodeImageFile(file).catch(() => null) : null;
    if (text === null) {
      setMessage(t('scan.noCodeInImage'));
      return;
    }
    await check(text);
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

  return (
    <main class="screen">
      <Header title={t('scan.title')} back />
      <div class="viewfinder">
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
      <p class="note" aria-live="polite">
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
          {message}
        </p>
      )}
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
          if (pasted.trim()) void check(pasted.trim());
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
    </main>
  );
}
