/** The holder page's last step: the status shared with the organisation, or as a QR. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { VaccinationStatus } from '../../protocol/index.ts';
import type { VerifierInfo } from '../config.ts';
import { renderStatusQr } from '../qr.ts';
import type { StatusQr } from '../qr.ts';
import { formatWhen, splitAtVerifier, statusWords, text } from '../text.ts';
import type { TokenSummary } from '../token-summary.ts';

/** The status in words, with the holder's name and mobile digits. */
function StatusLine({
  status,
  summary,
}: {
  status: VaccinationStatus;
  summary: TokenSummary | null;
}) {
  return (
    <div class={`status status--${status}`} role="status">
      <p class="status-words">{statusWords(status)}</p>
      {summary !== null && (
        <p>{text('result.holder', { name: summary.name, digits: summary.mob })}</p>
      )}
    </div>
  );
}

/** The embedded flow's end: the status went to the organisation. */
export function SharedResult(props: {
  status: VaccinationStatus;
  summary: TokenSummary | null;
  verifier: VerifierInfo;
}) {
  const [before, after] = splitAtVerifier('result.shared');
  return (
    <>
      <StatusLine status={props.status} summary={props.summary} />
      <p>
        {before}
        <span class="org">{props.verifier.name}</span>
        {after}
      </p>
    </>
  );
}

/** The standalone flow's end: the status QR to download, and the token. */
export function HolderResult(props: {
  status: VaccinationStatus;
  token: string;
  summary: TokenSummary | null;
}) {
  const [qr, setQr] = useState<StatusQr | null>(null);
  const [qrFailed, setQrFailed] = useState(false);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'manual'>('idle');
  const tokenBox = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    let live = true;
    renderStatusQr(props.token).then(
      (rendered) => live && setQr(rendered),
      () => live && setQrFailed(true),
    );
    return () => {
      live = false;
    };
  }, [props.token]);

  useEffect(() => {
    if (copy === 'manual') tokenBox.current?.select();
  }, [copy]);

  async function copyToken(): Promise<void> {
    try {
      await navigator.clipboard.writeText(props.token);
      setCopy('copied');
    } catch {
      setCopy('manual');
    }
  }

  const validUntil = props.summary !== null ? formatWhen(props.summary.exp * 1000) : null;

  return (
    <>
      <StatusLine status={props.status} summary={props.summary} />
      {validUntil !== null && <p>{text('result.validUntil', { time: validUntil })}</p>}
      <figure class="qr" data-qr-version={qr?.version}>
        {qr !== null ? (
          <img src={qr.dataUrl} alt={text('qr.alt')} />
        ) : (
          <p>{qrFailed ? text('qr.failed') : text('qr.drawing')}</p>
        )}
      </figure>
      <div class="actions">
        {qr !== null && (
          <a class="button primary" href={qr.dataUrl} download="vaccination-status-qr.png">
            {text('action.downloadQr')}
          </a>
        )}
        <button type="button" onClick={() => void copyToken()}>
          {text('action.copyToken')}
        </button>
      </div>
      {copy === 'copied' && (
        <p class="notice" role="status">
          {text('token.copied')}
        </p>
      )}
      {copy === 'manual' && (
        <div class="field">
          <p class="notice" role="status">
            {text('token.copyBlocked')}
          </p>
          <label for="token">{text('token.label')}</label>
          <textarea id="token" ref={tokenBox} readOnly rows={6} value={props.token} />
        </div>
      )}
    </>
  );
}
