/** Simulator-only /dev endpoints (SPEC §3): SMS outbox, persons, verifiers, keys, faults. */
import { Hono } from 'hono';
import { canonicalVaccine, statusFromDoses } from '../beneficiaries.ts';
import type { Dose } from '../beneficiaries.ts';
import { badRequest } from '../errors.ts';
import { limitBody, localHostOnly, sameOriginOnly } from '../http.ts';
import { parseFaults } from '../limits.ts';
import type { Registry } from '../registry.ts';
import { checkFullName, checkMobile, checkOrigin, checkText, readJsonObject } from '../validate.ts';

const VERIFIER_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T[0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const COWIN_DATE = /^(\d{2})-(\d{2})-(\d{4})$/;

/** A dose date as YYYY-MM-DD, from YYYY-MM-DD (time allowed) or CoWIN's DD-MM-YYYY; else null. */
function parseDoseDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const iso = ISO_DATE.exec(value);
  const cowin = COWIN_DATE.exec(value);
  const [year, month, day] = iso
    ? [iso[1]!, iso[2]!, iso[3]!]
    : cowin
      ? [cowin[3]!, cowin[2]!, cowin[1]!]
      : [];
  if (year === undefined) return null;
  const text = `${year}-${month}-${day}`;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text
    ? text
    : null;
}
const MAX_DOSES = 10;
const MAX_ORIGINS = 20;

function checkDoses(value: unknown): Dose[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_DOSES) {
    throw badRequest(`doses must be a list of at most ${MAX_DOSES} {"vaccine","date"}.`);
  }
  return value.map((dose: unknown) => {
    const { vaccine, date } = (typeof dose === 'object' && dose !== null ? dose : {}) as Record<
      string,
      unknown
    >;
    const canonical = typeof vaccine === 'string' ? canonicalVaccine(vaccine) : null;
    if (canonical === null) {
      throw badRequest(
        'doses[].vaccine must be one of Covishield, Covaxin, Sputnik V, Sputnik Light, ZyCoV-D, ' +
          'Corbevax, Covovax, Spikevax, Janssen.',
      );
    }
    const isoDate = date === undefined ? undefined : parseDoseDate(date);
    if (isoDate === null) {
      throw badRequest(
        'doses[].date must be a date: YYYY-MM-DD (or DD-MM-YYYY as CoWIN writes it).',
      );
    }
    return isoDate === undefined ? { vaccine: canonical } : { vaccine: canonical, date: isoDate };
  });
}

/** The /dev routes. */
export function devRoutes(registry: Registry): Hono {
  const dev = new Hono();
  dev.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  // Dev tools with no key: only a local client may drive them, never a page on another site.
  dev.use('*', localHostOnly());
  dev.use('*', sameOriginOnly('The /dev endpoints do not answer pages on other sites.'));

  dev.get('/sms', (c) => {
    const mobile = checkMobile(c.req.query('mobile_number'));
    return c.json(registry.outbox.list(mobile));
  });

  dev.post('/persons', limitBody(), async (c) => {
    const body = await readJsonObject(c.req.raw);
    const mobile = checkMobile(body.mobile_number);
    const fullName = checkFullName(body.full_name);
    const thisYear = new Date(registry.now()).getUTCFullYear();
    // CoWIN writes birth_year as a string; a number is taken too.
    const rawYear = body.birth_year ?? undefined;
    const birthYear =
      typeof rawYear === 'string' && /^\d{4}$/.test(rawYear) ? Number(rawYear) : rawYear;
    if (
      birthYear !== undefined &&
      (typeof birthYear !== 'number' ||
        !Number.isInteger(birthYear) ||
        birthYear < 1900 ||
        birthYear > thisYear)
    ) {
      throw badRequest(`birth_year must be a year from 1900 to ${thisYear}.`);
    }
    const doses = checkDoses(body.doses);
    const added = registry.beneficiaries.add({
      mobile,
      fullName,
      ...(birthYear === undefined ? {} : { birthYear }),
      doses,
    });
    return c.json(
      {
        mobile_number: added.mobile,
        full_name: added.fullName,
        vaccination_status: statusFromDoses(doses),
      },
      201,
    );
  });

  dev.post('/verifiers', limitBody(), async (c) => {
    const body = await readJsonObject(c.req.raw);
    if (typeof body.verifier_id !== 'string' || !VERIFIER_ID_PATTERN.test(body.verifier_id)) {
      throw badRequest(
        'verifier_id must be 1 to 64 characters of A-Z, a-z, 0-9, ".", "_" and "-".',
      );
    }
    const name = checkText(body.name, 'name', 100);
    const origins = body.origins ?? [];
    if (!Array.isArray(origins) || origins.length > MAX_ORIGINS) {
      throw badRequest(`origins must be a list of at most ${MAX_ORIGINS} origins.`);
    }
    const apiKey = registry.verifiers.register({
      id: body.verifier_id,
      name,
      origins: origins.map(checkOrigin),
    });
    return c.json({ verifier_id: body.verifier_id, api_key: apiKey }, 201);
  });

  dev.post('/keys/rotate', async (c) => {
    const kid = await registry.keys.rotate(new Date(registry.now()));
    return c.json({ kid, keys: registry.keys.publicKeys().map((key) => key.kid) });
  });

  dev.get('/faults', (c) => c.json(registry.faults.current));

  dev.post('/faults', limitBody(), async (c) => {
    registry.faults.set(parseFaults(await readJsonObject(c.req.raw)));
    return c.json(registry.faults.current);
  });

  return dev;
}
