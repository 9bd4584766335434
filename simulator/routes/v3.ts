/** The registry API a verifier calls with its key (SPEC §3): generateOTP, confirmOTP, status. */
import { Hono } from 'hono';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.ts';
import { limitBody } from '../http.ts';
import type { Requester } from '../otp.ts';
import type { Registry } from '../registry.ts';
import {
  checkFullName,
  checkMobile,
  checkNonce,
  checkOtpHash,
  checkTxnId,
  readJsonObject,
} from '../validate.ts';
import type { Verifier } from '../verifiers.ts';

type Env = { Variables: { verifier: Verifier; requester: Requester } };

const BEARER_PATTERN = /^Bearer ([A-Za-z0-9_-]{20,100})$/;
const CORS_ALLOW_HEADERS = 'X-Api-Key, Authorization, Content-Type';
const CORS_EXPOSE_HEADERS = 'Retry-After, Date';

/** The requester of a verifier: bound to its current key, so a new key voids old bearers. */
export function verifierRequester(verifier: Verifier): Requester {
  return { id: `key:${verifier.keyHash}`, name: verifier.name };
}

/** The /v3 routes. Keyed endpoints share one middleware: CORS, key, rate limit, faults. */
export function v3Routes(registry: Registry): Hono<Env> {
  const v3 = new Hono<Env>();

  // A preflight carries no key: answer it for any origin some verifier registered.
  v3.options('/vaccination/*', (c) => {
    const origin = c.req.header('Origin');
    c.header('Vary', 'Origin');
    if (origin !== undefined && registry.verifiers.isRegisteredOrigin(origin)) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      c.header('Access-Control-Allow-Headers', CORS_ALLOW_HEADERS);
      c.header('Access-Control-Max-Age', '600');
    }
    return c.body(null, 204);
  });

  const keyed: MiddlewareHandler<Env> = async (c, next) => {
    c.header('Vary', 'Origin');
    c.header('Cache-Control', 'no-store');
    const origin = c.req.header('Origin');
    const apiKey = c.req.header('X-Api-Key');
    const verifier = apiKey ? registry.verifiers.byApiKey(apiKey) : null;
    // With a known key, only that verifier's origins; with none, any registered origin may read
    // the 401, so a misconfigured verifier page can say why it fails.
    const corsAllowed =
      origin !== undefined &&
      (verifier !== null
        ? registry.verifiers.allowsOrigin(verifier, origin)
        : registry.verifiers.isRegisteredOrigin(origin));
    if (corsAllowed) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Expose-Headers', CORS_EXPOSE_HEADERS);
    }
    await registry.faults.apply();
    if (verifier === null) {
      throw new ApiError(401, 'APIKEY0001', 'Missing or unknown X-Api-Key.');
    }
    registry.rateLimiter.hit(verifier.keyHash);
    c.set('verifier', verifier);
    c.set('requester', verifierRequester(verifier));
    await next();
  };

  v3.post('/vaccination/generateOTP', keyed, limitBody(), async (c) => {
    const body = await readJsonObject(c.req.raw);
    const mobile = checkMobile(body.mobile_number);
    const fullName = checkFullName(body.full_name);
    const { txnId } = registry.otp.startTransaction({
      mobile,
      fullName,
      requester: c.get('requester'),
    });
    return c.json({ txnId });
  });

  v3.post('/vaccination/confirmOTP', keyed, limitBody(), async (c) => {
    const body = await readJsonObject(c.req.raw);
    const otpHash = checkOtpHash(body.otp);
    const txnId = checkTxnId(body.txnId);
    const requester = c.get('requester');
    const beneficiary = registry.otp.confirmOtp({ txnId, otpHash, requester });
    const { token } = registry.otp.issueBearer(beneficiary, requester);
    return c.json({ token });
  });

  v3.get('/vaccination/status', keyed, async (c) => {
    const match = BEARER_PATTERN.exec(c.req.header('Authorization') ?? '');
    if (match === null) {
      throw new ApiError(401, 'AUTH0001', 'Missing or malformed Authorization: Bearer token.');
    }
    const nonce = checkNonce(c.req.query('nonce'));
    const beneficiary = registry.otp.resolveBearer(match[1]!, c.get('requester'));
    const signed = await registry.signDeskToken(beneficiary, c.get('verifier').id, nonce);
    return c.json({ vaccination_status: beneficiary.status, signed_status: signed });
  });

  return v3;
}
