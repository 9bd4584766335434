/** The simulated SMS gateway: an outbox per mobile, newest first, also printed to the console. */

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

/** The text of an OTP SMS: who asks, what is shared, the OTP and how long it lives. */
export function otpSmsText(verifierName: string, otp: string, ttlS: number): string {
  const minutes = Math.round(ttlS / 60);
  return (
    `${otp} is your OTP to share your COVID-19 vaccination status with ${verifierName}. ` +
    `Only your status (not, partially or fully vaccinated) is shared: no certificate, no dates. ` +
    `Valid for ${minutes} minute${minutes === 1 ? '' : 's'}. Do not share this OTP otherwise. - CoWIN`
  );
}

/** The outbox. `print` receives each SMS with the mobile masked (the console by default). */
export class SmsOutbox {
  private readonly byMobile = new Map<string, Sms[]>();

  constructor(private readonly print: (line: string) => void = (line) => console.log(line)) {}

  /** Sends (stores and prints) one SMS. */
  send(to: string, text: string, sentAt: Date): void {
    const list = this.byMobile.get(to) ?? [];
    list.unshift({ to, text, sentAt: sentAt.toISOString() });
    if (list.length > OUTBOX_CAP_PER_MOBILE) list.length = OUTBOX_CAP_PER_MOBILE;
    this.byMobile.set(to, list);
    this.print(`[sms] to ${maskMobile(to)}: ${text}`);
  }

  /** The SMS sent to a mobile, newest first. */
  list(mobile: string): Sms[] {
    return [...(this.byMobile.get(mobile) ?? [])];
  }

  /** Drops SMS older than the retention, and mobiles left with none, so memory stays flat. */
  sweep(now: number): void {
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
    return this.byMobile.size;
  }
}
