/**
 * The signed trust list (SPEC §10) as the screens show it: "Trust list out of date" with its
 * age on the home screen and in Settings; in Settings also the pinned signer, the publisher,
 * `seq`, the age and the counts per format and per source.
 */
import type { TrustListRecord } from '../../store/db.ts';
import { formatDay, t } from '../i18n/index.ts';
import { useApp } from '../context.ts';

const REFUSALS = new Set(['WRONG_KEY', 'ROLLBACK', 'BAD_SIGNATURE', 'MALFORMED', 'NO_PIN']);

/** An age for people: whole days, else hours, else minutes. */
export function formatAge(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes >= 48 * 60) return t('trustList.age.days', { n: Math.floor(minutes / 1440) });
  if (minutes >= 120) return t('trustList.age.hours', { n: Math.floor(minutes / 60) });
  return t('trustList.age.minutes', { n: minutes });
}

/** The out-of-date warning and why the last list was refused, when either applies. */
export function trustListWarnings(
  record: TrustListRecord | null,
  refused: string | null,
  now: number,
): string[] {
  const warnings: string[] = [];
  if (record && now > record.exp * 1000) {
    warnings.push(
      t('trustList.stale', {
        age: formatAge(now - record.iat * 1000),
        date: formatDay(record.exp * 1000),
      }),
    );
  }
  if (refused && REFUSALS.has(refused)) {
    warnings.push(t(`trustList.refused.${refused}` as Parameters<typeof t>[0]));
  }
  return warnings;
}

/** Settings' view of the list held. */
export function TrustListDetails() {
  const { trustList, settings } = useApp();
  const now = Date.now();
  const pinned = settings.trustListKey || trustList?.thumbprint || '';
  return (
    <section class="panel" aria-label={t('trustList.title')}>
      <h2>{t('trustList.title')}</h2>
      <p class="note" style={{ overflowWrap: 'anywhere' }}>
        {pinned ? t('trustList.pinned', { thumbprint: pinned }) : t('trustList.pinnedNone')}
      </p>
      {trustList && (
        <>
          <p class="note" style={{ overflowWrap: 'anywhere' }}>
            {t('trustList.issuer', {
              iss: trustList.iss,
              seq: trustList.seq,
              age: formatAge(now - trustList.iat * 1000),
            })}
          </p>
          <p class="note">
            {t('trustList.counts', {
              divoc: trustList.list.divoc.length,
              eudcc: trustList.list.eudcc.length,
              shc: trustList.list.shc.length,
            })}
          </p>
          <p class="note">{t('trustList.revoked', { ...trustList.revokedCounts })}</p>
          <ul class="note">
            {trustList.sources.map((source) => (
              <li key={`${source.kind} ${source.name}`} style={{ overflowWrap: 'anywhere' }}>
                {t('trustList.source', {
                  name: source.name,
                  count: source.count,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
