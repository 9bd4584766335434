/**
 * The event in Settings (SPEC §11): "Create event" or "Join event" on a tablet in none; on a gate
 * of one, its name and gate, the hub's state, the QR and link that provision another tablet, the
 * event's CSV and "Leave event". Each action's button gives way to its form, so every accessible
 * name is on one control at a time.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageId } from '../i18n/index.ts';
import { useApp } from '../context.ts';
import { TextField } from '../TextField/index.tsx';
import { downloadText, localDate } from '../download.ts';
import { hubUrlFor } from '../../events/invite.ts';
import type { EventView } from '../../events/controller.ts';
import { EventSync } from '../Home/event-counts.tsx';

type Mode = 'idle' | 'create' | 'join';

/** The error a create or join ended with, as words. */
function errorWords(error: unknown): MessageId {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'BAD_INVITE':
    case 'BAD_EVENT_NAME':
    case 'BAD_GATE_NAME':
    case 'BAD_HUB':
    case 'IN_EVENT':
      return `event.error.${code}`;
    case 'LOCKED':
      return 'settings.error.LOCKED';
    default:
      return 'event.error.STORAGE';
  }
}

/** The event panel. `invite` is a link that opened the app or was scanned: it opens the join form. */
export function EventPanel({ invite }: { invite?: string }) {
  const app = useApp();
  const [note, setNote] = useState<MessageId | null>(null);
  return (
    <section class="panel" aria-labelledby="event-heading">
      <h2 id="event-heading">{t('event.title')}</h2>
      {app.event ? (
        <EventMember event={app.event} onLeft={() => setNote('event.left')} />
      ) : (
        <EventForms invite={invite} />
      )}
      <p class="note" aria-live="polite">
        {note && !app.event ? t(note) : ''}
      </p>
    </section>
  );
}

function EventForms({ invite }: { invite?: string }) {
  const app = useApp();
  const [mode, setMode] = useState<Mode>(invite ? 'join' : 'idle');
  const [name, setName] = useState('');
  const [gate, setGate] = useState('');
  const [hub, setHub] = useState(() => hubUrlFor(app.settings.registryUrl) ?? '');
  const [link, setLink] = useState(invite ?? '');
  const [error, setError] = useState<MessageId | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      if (mode === 'create') await app.createEvent({ name, gate, hub });
      else await app.joinEvent(link, gate);
    } catch (failure) {
      setError(errorWords(failure));
    } finally {
      setBusy(false);
    }
  };

  if (mode === 'idle') {
    return (
      <>
        <p>{t('event.intro')}</p>
        <div class="actions actions--row">
          <button type="button" class="button" onClick={() => setMode('create')}>
            {t('event.create')}
          </button>
          <button type="button" class="button" onClick={() => setMode('join')}>
            {t('event.join')}
          </button>
        </div>
      </>
    );
  }
  return (
    <form class="form" onSubmit={(event) => void submit(event)} noValidate>
      {mode === 'join' && invite && <p>{t('event.scanned')}</p>}
      {mode === 'create' && (
        <>
          <TextField label={t('event.name')} value={name} onValue={setName} maxLength={60} />
          <TextField label={t('event.gate')} value={gate} onValue={setGate} maxLength={40} />
          <TextField label={t('event.hub')} value={hub} onValue={setHub} type="url" />
        </>
      )}
      {mode === 'join' && (
        <>
          <TextField
            label={t('event.link')}
            value={link}
            onValue={setLink}
            type="url"
            describedBy="event-link-hint"
          />
          <p id="event-link-hint" class="note">
            {t('event.linkHint')}
          </p>
          <TextField label={t('event.gate')} value={gate} onValue={setGate} maxLength={40} />
        </>
      )}
      {error && (
        <p class="warning" role="alert">
          {t(error)}
        </p>
      )}
      <div class="actions actions--row">
        <button type="submit" class="button button--primary" disabled={busy}>
          {t(mode === 'create' ? 'event.create' : 'event.join')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => {
            setError(null);
            setMode('idle');
          }}
        >
          {t('event.cancel')}
        </button>
      </div>
    </form>
  );
}

function EventMember({ event, onLeft }: { event: EventView; onLeft: () => void }) {
  const app = useApp();
  const [qr, setQr] = useState<string | null>(null);
  const [note, setNote] = useState<MessageId | null>(null);
  const [error, setError] = useState<MessageId | null>(null);

  useEffect(() => {
    let alive = true;
    // The QR encoder is only needed here: loaded when the panel shows.
    void import('qrcode')
      .then((QRCode) =>
        QRCode.toDataURL(event.link, { errorCorrectionLevel: 'M', margin: 4, scale: 4 }),
      )
      .then((url) => alive && setQr(url))
      .catch(() => alive && setQr(null));
    return () => {
      alive = false;
    };
  }, [event.link]);

  const exportCsv = async () => {
    setNote(null);
    setError(null);
    try {
      const safeName = event.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'event';
      downloadText(`kycvs-event-${safeName}-${localDate()}.csv`, await app.exportEvent());
      setNote('event.exported');
    } catch {
      setError('event.exportError');
    }
  };

  const leave = async () => {
    setError(null);
    try {
      await app.leaveEvent();
      onLeft();
    } catch (failure) {
      setError(errorWords(failure));
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(event.link);
      setNote('event.copied');
    } catch {
      // No clipboard here: the link stays selectable on screen.
    }
  };

  return (
    <>
      <p class="event__member">{t('event.member', { gate: event.gate, event: event.name })}</p>
      <EventSync event={event} />
      <p>{t('event.share')}</p>
      {qr && <img class="event__qr" src={qr} alt={t('event.qr', { event: event.name })} />}
      <p class="event__link">
        <code>{event.link}</code>
      </p>
      <div class="actions actions--row">
        <button type="button" class="button" onClick={() => void copy()}>
          {t('event.copy')}
        </button>
        <button type="button" class="button" onClick={() => void exportCsv()}>
          {t('event.export')}
        </button>
        <button type="button" class="button button--danger" onClick={() => void leave()}>
          {t('event.leave')}
        </button>
      </div>
      {error && (
        <p class="warning" role="alert">
          {t(error)}
        </p>
      )}
      <p class="note" aria-live="polite">
        {note ? t(note) : ''}
      </p>
    </>
  );
}
