/**
 * The OTP backend (SPEC §3): transactions, OTPs kept only as salted hashes, bearer tokens.
 * Any requester can use it: a verifier with an API key, or the registry's own holder page.
 */
import { createHmac, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Beneficiaries, Beneficiary } from './beneficiaries.ts';
import { ApiError, rateLimited } from './errors.ts';
import { sha256Hex } from './hash.ts';
import { otpSmsText } from './sms.ts';
import type { SmsOutbox } from './sms.ts';

/** Who asks for an OTP. `id` binds the transaction and bearer (an API key's hash, say). */
export interface Requester {
  id: string;
  /** Named in the SMS, so the holder knows who asks. */
  name: string;
  /** Who the resend gap is counted for, when not `id` (the holder page: per client address). */
  chargeTo?: string;
  /** The registry's own holder page: the SMS names it in the SMS's language, not `name`. */
  ownPage?: boolean;
}

/** Limits of the OTP backend; the defaults are CoWIN's. */
export interface OtpLimits {
  otpTtlS: number;
  maxTries: number;
  resendGapS: number;
  smsPerHour: number;
  bearerTtlS: number;
}

/** CoWIN's limits: 180 s OTP, 3 tries, 180 s between OTPs, 10 SMS an hour, 15 min bearer. */
export const DEFAULT_OTP_LIMITS: OtpLimits = {
  otpTtlS: 180,
  maxTries: 3,
  resendGapS: 180,
  smsPerHour: 10,
  bearerTtlS: 15 * 60,
};

interface Transaction {
  requesterId: string;
  /** Null when no beneficiary matched: the transaction exists but can never be confirmed. */
  beneficiary: Beneficiary | null;
  salt: Buffer;
  /** HMAC-SHA256(salt, hex SHA-256 of the OTP): the OTP itself is never kept. */
  otpMac: Buffer;
  expiresAt: number;
  triesLeft: number;
}

interface Bearer {
  requesterId: string;
  beneficiary: Beneficiary;
  expiresAt: number;
}

const HOUR_MS = 60 * 60 * 1000;

function macOf(salt: Buffer, otpHashHex: string): Buffer {
  return createHmac('sha256', salt).update(otpHashHex).digest();
}

/** The OTP service. Time comes from `now` (ms), so tests drive expiry with a fake clock. */
export class OtpService {
  private readonly transactions = new Map<string, Transaction>();
  private readonly bearers = new Map<string, Bearer>();
  /** Times of the SMS actually sent to each mobile within the last hour, oldest first. */
  private readonly sent = new Map<string, number[]>();
  /** The last request per requester and mobile, for the resend gap. */
  private readonly lastAsked = new Map<string, number>();

  constructor(
    private readonly beneficiaries: Beneficiaries,
    private readonly outbox: SmsOutbox,
    private readonly now: () => number,
    private readonly limits: OtpLimits = DEFAULT_OTP_LIMITS,
  ) {}

  /**
   * Starts a transaction (SPEC §3). The answer, and the work done, are the same whether or not
   * a beneficiary matches (no enumeration); only a match sends the SMS. The resend gap counts
   * per requester and mobile, whatever the name, so no requester delays another's OTP; the
   * hourly cap counts SMS sent, and past it the SMS is withheld without a different answer, so
   * the cap tells no one whether the mobile is registered.
   */
  startTransaction(input: {
    mobile: string;
    fullName: string;
    requester: Requester;
    /** The SMS's language (SPEC §12); English when absent or not one the registry speaks. */
    language?: string;
  }): {
    txnId: string;
  } {
    const now = this.now();
    const askKey = `${input.requester.chargeTo ?? input.requester.id}\u0000${input.mobile}`;
    const last = this.lastAsked.get(askKey);
    const gapMs = this.limits.resendGapS * 1000;
    if (last !== undefined && now - last < gapMs) {
      throw rateLimited(
        'An OTP was asked for this mobile number recently; wait before asking again.',
        (last + gapMs - now) / 1000,
      );
    }
    if (gapMs > 0) this.lastAsked.set(askKey, now);

    const times = (this.sent.get(input.mobile) ?? []).filter((t) => t > now - HOUR_MS);
    const matched = this.beneficiaries.match(input.mobile, input.fullName);
    // Past the cap no SMS goes out, and the transaction can never be confirmed: guesses at an
    // OTP nobody received are worthless, so the cap also bounds brute force per mobile.
    const beneficiary = times.length < this.limits.smsPerHour ? matched : null;
    const otp = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const salt = randomBytes(16);
    const txnId = randomUUID();
    this.transactions.set(txnId, {
      requesterId: input.requester.id,
      beneficiary,
      salt,
      otpMac: macOf(salt, sha256Hex(otp)),
      expiresAt: now + this.limits.otpTtlS * 1000,
      triesLeft: this.limits.maxTries,
    });
    if (beneficiary !== null) {
      times.push(now);
      this.sent.set(input.mobile, times);
      this.outbox.send(
        input.mobile,
        otpSmsText(
          input.requester.ownPage ? null : input.requester.name,
          otp,
          this.limits.otpTtlS,
          input.language,
        ),
        new Date(now),
      );
    }
    return { txnId };
  }

  /**
   * Checks the OTP (its hex SHA-256, as the client sends it) in constant time. Right: the
   * transaction is used up and the matched beneficiary returned. Wrong: USRAUT0014 with the
   * tries left; the last wrong try ends the transaction.
   */
  confirmOtp(input: { txnId: string; otpHash: string; requester: Requester }): Beneficiary {
    const now = this.now();
    const txn = this.transactions.get(input.txnId);
    if (txn !== undefined && txn.expiresAt <= now) this.transactions.delete(input.txnId);
    if (txn === undefined || txn.expiresAt <= now || txn.requesterId !== input.requester.id) {
      throw new ApiError(
        400,
        'USRAUT0015',
        'Transaction unknown, expired or already used; request a new OTP.',
      );
    }
    const same = timingSafeEqual(macOf(txn.salt, input.otpHash), txn.otpMac);
    if (same && txn.beneficiary !== null) {
      this.transactions.delete(input.txnId);
      return txn.beneficiary;
    }
    txn.triesLeft -= 1;
    if (txn.triesLeft <= 0) this.transactions.delete(input.txnId);
    const left = Math.max(0, txn.triesLeft);
    throw new ApiError(
      400,
      'USRAUT0014',
      left > 0
        ? `Wrong OTP: ${left} ${left === 1 ? 'try' : 'tries'} left.`
        : 'Wrong OTP: no tries left; request a new OTP.',
      { body: { triesLeft: left } },
    );
  }

  /** Issues a bearer token (256 random bits, kept hashed) for a confirmed beneficiary. */
  issueBearer(
    beneficiary: Beneficiary,
    requester: Requester,
  ): { token: string; expiresAt: number } {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = this.now() + this.limits.bearerTtlS * 1000;
    this.bearers.set(sha256Hex(token), { requesterId: requester.id, beneficiary, expiresAt });
    return { token, expiresAt };
  }

  /** The beneficiary a bearer token stands for; AUTH0001 if unknown, expired or another key's. */
  resolveBearer(token: string, requester: Requester): Beneficiary {
    const key = sha256Hex(token);
    const bearer = this.bearers.get(key);
    if (bearer !== undefined && bearer.expiresAt <= this.now()) this.bearers.delete(key);
    if (
      bearer === undefined ||
      bearer.expiresAt <= this.now() ||
      bearer.requesterId !== requester.id
    ) {
      throw new ApiError(401, 'AUTH0001', 'The bearer token is unknown, expired or not yours.');
    }
    return bearer.beneficiary;
  }

  /** Drops expired transactions, bearer tokens and hourly counters, so memory stays flat. */
  sweep(): void {
    const now = this.now();
    for (const [id, txn] of this.transactions)
      if (txn.expiresAt <= now) this.transactions.delete(id);
    for (const [key, bearer] of this.bearers) if (bearer.expiresAt <= now) this.bearers.delete(key);
    for (const [mobile, times] of this.sent) {
      if (times[times.length - 1]! <= now - HOUR_MS) this.sent.delete(mobile);
    }
    const gapMs = this.limits.resendGapS * 1000;
    for (const [key, at] of this.lastAsked) if (at <= now - gapMs) this.lastAsked.delete(key);
  }

  /** What the service holds, for tests and diagnostics: sizes and the stored records as kept. */
  inspect(): { transactions: unknown[]; bearers: string[]; mobilesTracked: number } {
    return {
      transactions: [...this.transactions.entries()].map(([txnId, txn]) => ({
        txnId,
        salt: txn.salt.toString('hex'),
        otpMac: txn.otpMac.toString('hex'),
        expiresAt: txn.expiresAt,
        triesLeft: txn.triesLeft,
      })),
      bearers: [...this.bearers.keys()],
      mobilesTracked: this.sent.size,
    };
  }
}
