/**
 * The scan screen, built for a queue: the camera (rear by default, any camera on request, torch
 * where there is one) stays open across verdicts; decoding pauses while a verdict shows and
 * resumes on "Next" (or by itself in kiosk mode). A hand-held scanner that types the code is
 * read without a field; an image file and pasted text are the fallbacks that need no camera.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ScannedCode } from '../../protocol/credentials/types.ts';
import type { Outcome } from '../../core/outcome.ts';
import { t } from '../i18n/index.ts';
import { useApp } from '../context.ts';
import { Header } from '../Header/index.tsx';
import { KIOSK_NEXT_MS, ResultCard } from '../Result/index.tsx';
import { listenForHardwareScans } from '../hardware-scanner.ts';
import { loadScanner, type ScannerModule } from '../scanner-loader.ts';
import { ScanControls } from './scan-controls.tsx';
import { useCamera } from './use-camera.ts';

/** An event invitation's link (SPEC §11), read in full by Settings' "Join event". */
/** How long a check runs before the screen says "Checking" (ms). */
const CHECKING_SHOWN_AFTER_MS = 300;

const INVITE_LINK = /^https?:\/\/\S+#event=[A-Za-z0-9_-]+$/;

/** The first code in an image, with its bytes; null when none was found or it could not be read. */
async function readImage(module: ScannerModule, file: File): Promise<ScannedCode | null> {
  const answer = await module.readImageFile(file).catch(() => null);
  return answer?.status === 'found' ? answer.codes[0]! : null;
}

/** The scan screen. */
export function Scan() {
  const app = useApp();
  // Refs, not state: a code read between two renders must see the latest values.
  const busy = useRef(false);
  const showing = useRef(false);
  const resumePending = useRef(false);
  const [checking, setChecking] = useState(false);
  const [verdict, setVerdictValue] = useState<Outcome | null>(null);
  const [noCodeInImage, setNoCodeInImage] = useState(false);

  const setVerdict = (next: Outcome | null) => {
    showing.current = next !== null;
    setVerdictValue(next);
  };

  const check = async (code: ScannedCode | string) => {
    if (busy.current) return;
    const text = typeof code === 'string' ? code : code.text;
    if (INVITE_LINK.test(text)) {
      // An event's QR (SPEC §11): joining happens in Settings, not at the verdict.
      app.openInvite(text);
      return;
    }
    busy.current = true;
    // "Checking" is shown only for a check that takes a while: a quick one goes straight to its
    // verdict, with no render of the scan screen on the way.
    const slow = setTimeout(() => setChecking(true), CHECKING_SHOWN_AFTER_MS);
    cam.pause();
    try {
      setVerdict(await app.checkCode(code));
    } finally {
      clearTimeout(slow);
      busy.current = false;
      setChecking(false);
    }
  };
  const checkRef = useRef(check);
  checkRef.current = check;

  const cam = useCamera({
    // While a verdict shows, the camera is paused: a late code must not replace that verdict.
    onCode: (code) => {
      if (!showing.current) void checkRef.current(code);
    },
    held: () => busy.current || showing.current,
  });

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
    cam.resume();
  }, [verdict]);

  useEffect(() => listenForHardwareScans(window, (text) => void checkRef.current(text)), []);

  const onImage = async (file: File) => {
    const module = cam.scanner ?? (await loadScanner().catch(() => null));
    const found = module ? await readImage(module, file) : null;
    setNoCodeInImage(found === null);
    if (found !== null) await check(found);
  };

  const shown = verdict !== null;
  const message = noCodeInImage ? 'scan.noCodeInImage' : cam.message;

  return (
    <main class="screen" data-scanner={shown ? 'paused' : cam.state}>
      {shown ? (
        <ResultCard
          outcome={verdict}
          onNext={next}
          onClear={clear}
          autoNextMs={app.preferences.kiosk ? KIOSK_NEXT_MS : undefined}
        />
      ) : (
        <Header title={t('scan.title')} back />
      )}
      <div class="viewfinder" hidden={shown}>
        <video
          ref={cam.video}
          class="viewfinder__video"
          muted
          playsInline
          autoPlay
          aria-hidden="true"
        />
        <div class="viewfinder__frame" aria-hidden="true" />
      </div>
      {!shown && (
        <>
          <p class="scan-state" aria-live="polite">
            {checking
              ? t('scan.checking')
              : cam.state === 'starting'
                ? t('scan.starting')
                : cam.state === 'live'
                  ? t('scan.hint')
                  : ''}
          </p>
          {message && (
            <p class="warning" role="alert">
              {t(message)}
            </p>
          )}
          <p class="note">{t('scan.hardwareHint')}</p>
          <ScanControls
            camera={cam.camera}
            cameras={cam.cameras}
            onCamera={cam.setCamera}
            torch={cam.torch}
            onTorch={() => void cam.toggleTorch()}
            onImage={(file) => void onImage(file)}
            onPaste={(text) => void check(text)}
            checking={checking}
          />
        </>
      )}
    </main>
  );
}
