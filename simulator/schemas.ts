/**
 * The registry's request and response bodies as zod schemas (SPEC §3). Routes declare them once:
 * validation and /openapi.json both come from here. Requests are open objects (unknown fields
 * are dropped, as CoWIN's clients send extras such as `email_id`); responses are closed, so a
 * test that checks a real answer against them catches any drift.
 */
import { z } from '@hono/zod-openapi';
import { REGISTRY_ERROR_CODES } from '../src/protocol/registry-api.ts';

const MOBILE_TEXT = 'mobile_number must be a string of exactly 10 digits.';
const NAME_TEXT = 'full_name must be 1 to 200 characters.';
const OTP_TEXT = 'otp must be the lowercase hex SHA-256 of the 6-digit OTP.';
const TXN_TEXT = 'txnId must be a UUID.';
const NONCE_TEXT = 'nonce must be 1 to 64 characters of A-Z, a-z, 0-9, _ and -.';
const VERIFIER_ID_TEXT =
  'verifier_id must be 1 to 64 characters of A-Z, a-z, 0-9, ".", "_" and "-".';

/** A verifier id as /dev/verifiers takes it and `client_id` names it. */
export const VERIFIER_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A string schema whose every failure says `text`. */
function text(message: string) {
  return z.string({ error: message });
}

/** A mobile number: exactly 10 digits. */
export const Mobile = text(MOBILE_TEXT)
  .regex(/^[0-9]{10}$/, { error: MOBILE_TEXT })
  .openapi({ example: '9000000001' });
/** A full name, trimmed: 1 to 200 characters. */
const FullName = text(NAME_TEXT)
  .trim()
  .min(1, { error: NAME_TEXT })
  .max(200, { error: NAME_TEXT })
  .openapi({
    description: 'As registered; case, repeated spaces and dots are ignored when matching.',
  });
const OtpHash = text(OTP_TEXT)
  .regex(/^[0-9a-f]{64}$/, { error: OTP_TEXT })
  .openapi({ description: 'The lowercase hex SHA-256 of the 6-digit OTP.' });
const TxnId = text(TXN_TEXT)
  .toLowerCase()
  .regex(UUID_PATTERN, { error: TXN_TEXT })
  .openapi({ description: 'The transaction id generateOTP returned.' });
/** A nonce: 1 to 64 characters of [A-Za-z0-9_-]. */
export const Nonce = text(NONCE_TEXT).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: NONCE_TEXT });
const ClientId = text(VERIFIER_ID_TEXT).regex(VERIFIER_ID_PATTERN, { error: VERIFIER_ID_TEXT });
const Status = z.int().min(0).max(2).openapi({
  description: '0 not vaccinated, 1 partially vaccinated, 2 fully vaccinated.',
});
const CompactJws = z
  .string()
  .max(4096)
  .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
  .openapi({ description: 'A status token: compact JWS, ES256, typ kycvs+jwt (SPEC §4).' });
const Kid = z.string().regex(/^[A-Za-z0-9_-]{11}$/);

/** Every error body (SPEC §3). */
export const ErrorBody = z
  .strictObject({
    errorCode: z.enum(REGISTRY_ERROR_CODES),
    error: z.string().openapi({ description: 'Human text, free of personal data.' }),
    triesLeft: z.int().min(0).optional().openapi({ description: 'With USRAUT0014.' }),
    retryAfter: z.int().min(1).optional().openapi({ description: 'With USRAUT0016: seconds.' }),
  })
  .openapi('Error', { description: 'Every error: an HTTP status and this body.' });

/** generateOTP, keyed. */
export const GenerateOtpRequest = z
  .object({ mobile_number: Mobile, full_name: FullName })
  .openapi('GenerateOtpRequest');
/** confirmOTP, keyed. */
export const ConfirmOtpRequest = z
  .object({ otp: OtpHash, txnId: TxnId })
  .openapi('ConfirmOtpRequest');
/** The holder page's generateOTP. */
export const HolderGenerateOtpRequest = z
  .object({
    mobile_number: Mobile,
    full_name: FullName,
    client_id: ClientId.optional(),
    language: z
      .string()
      .max(35)
      .optional()
      .openapi({
        description: 'The language of the SMS (SPEC §12, e.g. `ta`); English if unknown.',
      }),
  })
  .openapi('HolderGenerateOtpRequest');
/** The holder page's confirmOTP. */
export const HolderConfirmOtpRequest = z
  .object({ otp: OtpHash, txnId: TxnId, client_id: ClientId.optional(), nonce: Nonce.optional() })
  .openapi('HolderConfirmOtpRequest');
/** The status query. */
export const StatusQuery = z.object({ nonce: Nonce.optional() });

/** A started transaction. */
export const TxnResponse = z
  .strictObject({ txnId: z.string().regex(UUID_PATTERN) })
  .openapi('TxnResponse');
/** A confirmed OTP, keyed. */
export const BearerResponse = z
  .strictObject({
    token: z
      .string()
      .regex(/^[A-Za-z0-9_-]{20,100}$/)
      .openapi({ description: 'Lives 15 minutes; works only with the API key that created it.' }),
  })
  .openapi('BearerResponse');
/** The signed status. */
export const StatusResponse = z
  .strictObject({ vaccination_status: Status, signed_status: CompactJws })
  .openapi('StatusResponse');
/** The public keys. */
export const Jwks = z
  .strictObject({
    keys: z
      .array(
        z.strictObject({
          kty: z.literal('EC'),
          crv: z.literal('P-256'),
          x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
          y: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
          kid: Kid,
          alg: z.literal('ES256'),
          use: z.literal('sig'),
        }),
      )
      .min(1),
  })
  .openapi('Jwks');
/** Discovery: every URL in it derives from the issuer (SPEC §3). */
export const KycvsConfiguration = z
  .strictObject({
    issuer: z.string(),
    jwks_uri: z.string(),
    api_base: z.string(),
    trust_list_uri: z.string(),
    trust_list_key: z.string(),
    /** The event hub tablets sync through (SPEC §11): ws(s)://…/hub. */
    hub_url: z.string(),
  })
  .openapi('KycvsConfiguration');

/** One SMS in the outbox. */
export const Sms = z
  .strictObject({ to: Mobile, text: z.string(), sentAt: z.iso.datetime() })
  .openapi('Sms');
/** The /dev/sms query. */
export const SmsQuery = z.object({ mobile_number: Mobile });
/** A person for /dev/persons; vaccine names and dates are read loosely by the route. */
export const PersonRequest = z
  .object({
    mobile_number: Mobile,
    full_name: FullName,
    birth_year: z
      .union([z.int(), z.string().regex(/^\d{4}$/)], {
        error: 'birth_year must be a year from 1900 to this year.',
      })
      .optional(),
    doses: z
      .array(
        z.object(
          {
            vaccine: z.string({ error: 'doses[].vaccine must be a vaccine name.' }),
            date: z
              .string({ error: 'doses[].date must be YYYY-MM-DD (or DD-MM-YYYY).' })
              .optional(),
          },
          { error: 'doses must be a list of {"vaccine","date"}.' },
        ),
        { error: 'doses must be a list of at most 10 {"vaccine","date"}.' },
      )
      .max(10, { error: 'doses must be a list of at most 10 {"vaccine","date"}.' })
      .optional(),
  })
  .openapi('PersonRequest');
/** An added person. */
export const PersonResponse = z
  .strictObject({ mobile_number: Mobile, full_name: z.string(), vaccination_status: Status })
  .openapi('PersonResponse');
/** A verifier for /dev/verifiers. */
export const VerifierRequest = z
  .object({
    verifier_id: ClientId,
    name: text('name must be 1 to 100 characters.')
      .trim()
      .min(1, { error: 'name must be 1 to 100 characters.' })
      .max(100, { error: 'name must be 1 to 100 characters.' }),
    origins: z
      .array(z.string({ error: 'origins must be a list of origins.' }), {
        error: 'origins must be a list of at most 20 origins.',
      })
      .max(20, { error: 'origins must be a list of at most 20 origins.' })
      .optional()
      .openapi({ description: 'https: origins, or http: on localhost and 127.0.0.1 only.' }),
  })
  .openapi('VerifierRequest');
/** A registered verifier and its key, shown once. */
export const VerifierResponse = z
  .strictObject({ verifier_id: ClientId, api_key: z.string().regex(/^[A-Za-z0-9_-]{43}$/) })
  .openapi('VerifierResponse');
/** A rotation. */
export const RotateResponse = z
  .strictObject({ kid: Kid, keys: z.array(Kid) })
  .openapi('RotateResponse');
/** The faults in force; every field optional in a request, `{}` clears. */
export const Faults = z
  .object({
    latencyMs: z
      .int({ error: 'latencyMs must be an integer from 0 to 60000.' })
      .min(0, { error: 'latencyMs must be an integer from 0 to 60000.' })
      .max(60_000, { error: 'latencyMs must be an integer from 0 to 60000.' })
      .default(0),
    failRate: z
      .number({ error: 'failRate must be a number from 0 to 1.' })
      .min(0, { error: 'failRate must be a number from 0 to 1.' })
      .max(1, { error: 'failRate must be a number from 0 to 1.' })
      .default(0),
    down: z.boolean({ error: 'down must be true or false.' }).default(false),
  })
  .openapi('Faults');
/** The faults in force, as answered. */
export const FaultsResponse = z
  .strictObject({ latencyMs: z.int(), failRate: z.number(), down: z.boolean() })
  .openapi('FaultsResponse');

const CREDENTIAL_TEXT =
  'format must be divoc, eudcc or shc; full_name 1 to 100 characters; birth_date YYYY-MM-DD; ' +
  'doses and total_doses integers from 1 to 9.';
const DoseCount = z
  .number({ error: CREDENTIAL_TEXT })
  .int({ error: CREDENTIAL_TEXT })
  .min(1)
  .max(9);
/** A test credential to issue (SPEC §3 `POST /dev/credentials`). */
export const CredentialRequestBody = z
  .object({
    format: z.enum(['divoc', 'eudcc', 'shc'], { error: CREDENTIAL_TEXT }),
    full_name: text(CREDENTIAL_TEXT).trim().min(1, { error: CREDENTIAL_TEXT }).max(100),
    birth_date: text(CREDENTIAL_TEXT).regex(/^\d{4}-\d{2}-\d{2}$/, { error: CREDENTIAL_TEXT }),
    doses: DoseCount,
    total_doses: DoseCount,
  })
  .openapi('CredentialRequest');
/** The issued code: text for EU DCC and SHC, base64 of the ZIP for a CoWIN certificate. */
export const CredentialResponse = z
  .union([
    z.strictObject({ qr_text: z.string().min(1) }),
    z.strictObject({ qr_bytes: z.base64().min(1) }),
  ])
  .openapi('CredentialResponse');

/** The trust list (SPEC §9): the public halves of the keys the test issuers sign with. */
export const TrustList = z
  .strictObject({
    divoc: z.array(
      z.strictObject({
        id: z.string().min(1),
        type: z.enum(['RsaVerificationKey2018', 'Ed25519VerificationKey2018']),
        publicKeyPem: z.string().optional(),
        publicKeyBase58: z.string().optional(),
      }),
    ),
    eudcc: z.array(
      z.strictObject({ kid: z.base64(), country: z.string().length(2), certificate: z.base64() }),
    ),
    shc: z.array(
      z.strictObject({
        iss: z.string().min(1),
        name: z.string(),
        jwks: z.strictObject({ keys: z.array(z.record(z.string(), z.unknown())).min(1) }),
      }),
    ),
  })
  .openapi('TrustList');

/** POST /dev/revocations: a code to revoke, by its SPEC §9 id. */
export const RevocationRequest = z
  .strictObject({ format: z.enum(['divoc', 'eudcc', 'shc']), id: z.string().min(1).max(200) })
  .openapi('RevocationRequest');
/** The answer: the `seq` of the list signed again. */
export const RevocationResponse = z
  .strictObject({ seq: z.number().int() })
  .openapi('RevocationResponse');
