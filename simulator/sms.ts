/** The simulated SMS gateway: an outbox per mobile, newest first, also printed to the console. */
import { fillTemplate, isLanguage, pluralCategory } from '../src/lib/languages.ts';
import { SMS_TEXT } from './sms-text.ts';

/** One SMS as GET /dev/sms lists it. */
export interface Sms {
  to: string;
  text: string;
  sentAt: string;
}

/** How many SMS the outbox keeps per mobile; older ones drop off. */
export const OUTBOX_CAP_PER_MOBILE = 20;

/** How long an SMS stays in the outbox: past an hour no OTP in it is alive. */
export const OUTBOX_RETENTION_MS = 60 * 60 * 1000;

/** A mobile number with all but its last 4 digits hidden, for logs. */
export function maskMobile(mobile: string): string {
  return '*'.repeat(Math.max(0, mobile.length - 4)) + mobile.slice(-4);
}

/**
 * The text of an OTP SMS: who asks (`null`: the registry's own holder page), what is shared,
 * the OTP and how long it lives, in `language` (SPEC §12; English when it is not one spoken).
 */
export function otpSmsText(
  verifierName: string | null,
  otp: string,
  ttlS: number,
  language?: string,
): string {
  const lang = isLanguage(language) ? language : 'en';
  const words = SMS_TEXT[lang];
  const minutes = Math.round(ttlS / 60);
  const one = pluralCategory(lang, minutes) === 'one';
  const template = one && words.otpOne !== undefined ? words.otpOne : words.otpOther;
  return fillTemplate(template, lang, {
    otp,
    verifier: verifierName ?? words.ownPage,
    minutes,
  });
}

/**
 * The outbox. `print` receives each SMS with the mobile masked (the console by default).
 * Like a real gateway it delivers after the request that sent it has been answered, so a match's
 * answer carries no work that an unknown mobile's does not; every read delivers what is queued
 * first, so a read never misses an SMS already sent.
 */
export class SmsOutbox {
  private readonly byMobile = new Map<string, Sms[]>();
  private queued: Sms[] = [];

  constructor(private readonly print: (line: string) => void = (line) => console.log(line)) {}

  /** Sends one SMS: stored and printed once the current request has been answered. */
  send(to: string, text: string, sentAt: Date): void {
    if (this.queued.length === 0) setImmediate(() => this.deliver());
    this.queued.push({ to, text, sentAt: sentAt.toISOString() });
  }

  /** Stores and prints every queued SMS, oldest first. */
  private deliver(): void {
    const queued = this.queued;
    this.queued = [];
    for (const sms of queued) {
      const list = this.byMobile.get(sms.to) ?? [];
      list.unshift(sms);
      if (list.length > OUTBOX_CAP_PER_MOBILE) list.length = OUTBOX_CAP_PER_MOBILE;
      this.byMobile.set(sms.to, list);
      this.print(`[sms] to ${maskMobile(sms.to)}: ${sms.text}`);
    }
  }

  /** The SMS sent to a mobile, newest first. */
  list(mobile: string): Sms[] {
    this.deliver();
    return [...(this.byMobile.get(mobile) ?? [])];
  }

  /** Drops SMS older than the retention, and mobiles left with none, so memory stays flat. */
  sweep(now: number): void {
    this.deliver();
    const cutoff = new Date(now - OUTBOX_RETENTION_MS).toISOString();
    for (const [mobile, list] of this.byMobile) {
      // Newest first: keep the prefix still inside the retention window.
      const kept = list.findIndex((sms) => sms.sentAt < cutoff);
      if (kept === 0) this.byMobile.delete(mobile);
      else if (kept > 0) list.length = kept;
    }
  }

  /** How many mobiles have SMS in the outbox. */
  get size(): number {
    this.deliver();
    return this.byMobile.size;
  }
}
