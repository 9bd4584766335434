/**
 * The event on the home screen (SPEC §11): this gate's count, "All gates", and "Last synced
 * HH:MM", with the hub's state in words.
 */
import { formatClock, t } from '../i18n/index.ts';
import { useApp } from '../context.ts';
import type { EventView } from '../../events/controller.ts';

/** The hub's state and the last sync, as one line each. */
export function EventSync({ event }: { event: EventView }) {
  return (
    <>
      <p class={event.status === 'connected' ? 'note' : 'warning'}>
        {t(`event.status.${event.status}`)}
      </p>
      <p class="note event__synced">
        {event.lastSyncedAt === null
          ? t('event.notSynced')
          : t('event.lastSynced', { time: formatClock(event.lastSyncedAt) })}
      </p>
    </>
  );
}

/** This gate's and all gates' counts, when the tablet is a gate of an event. */
export function EventCounts() {
  const { event } = useApp();
  if (!event) return null;
  return (
    <section class="panel counts" aria-labelledby="event-counts-heading">
      <h2 id="event-counts-heading" class="counts__title">
        {event.name}
      </h2>
      <p class="event__member">{t('event.member', { gate: event.gate, event: event.name })}</p>
      {event.ready ? (
        <dl class="counts__list">
          <div class="counts__item">
            <dt id="event-gate-count">{t('event.thisGate')}</dt>
            <dd aria-labelledby="event-gate-count">{event.gateCount}</dd>
          </div>
          <div class="counts__item counts__item--all">
            <dt id="event-all-count">{t('event.allGates')}</dt>
            <dd aria-labelledby="event-all-count">{event.all}</dd>
          </div>
        </dl>
      ) : (
        <p class="note">{t('event.loading')}</p>
      )}
      <EventSync event={event} />
    </section>
  );
}
