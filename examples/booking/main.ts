/**
 * The demo booking page: embeds the registry's consent page through src/embed, then verifies
 * the token it gets with verifyStatusToken, for this site's verifier id and the request's own
 * nonce (SPEC §4), before trusting it.
 */
import { EmbedError, requestVaccinationStatus } from '../../src/embed/index.ts';
import { fetchJson } from '../../src/lib/fetch-json.ts';
import { verifyStatusToken } from '../../src/protocol/index.ts';
import type { TrustedIssuer, Verdict } from '../../src/protocol/index.ts';
import './booking.css';

/** What the booking server tells its page: the registry and this site's verifier id. */
interface BookingConfig {
  registry: string;
  clientId: string;
}

const STATUS_WORDS = ['Not vaccinated', 'Partially vaccinated', 'Fully vaccinated'] as const;

function element<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

/** GETs `url` as JSON (with the browser code's time limit); throws on anything but a 200. */
async function getJson(url: string): Promise<unknown> {
  const { response, body } = await fetchJson(url);
  if (!response.ok || body === undefined) throw new Error(`HTTP ${response.status}`);
  return body;
}

/** The registry as an issuer this page trusts: its `iss` and its published keys. */
async function trustedRegistry(registry: string): Promise<TrustedIssuer> {
  const base = new URL(registry).origin;
  let issuer = base;
  let jwksUri = `${base}/.well-known/jwks.json`;
  try {
    const configuration = (await getJson(`${base}/.well-known/kycvs-configuration`)) as {
      issuer?: unknown;
      jwks_uri?: unknown;
    };
    if (typeof configuration.issuer === 'string') issuer = configuration.issuer;
    if (typeof configuration.jwks_uri === 'string') jwksUri = configuration.jwks_uri;
  } catch {
    // An older registry without the configuration document: its origin is its issuer.
  }
  const jwks = (await getJson(jwksUri)) as { keys: JsonWebKey[] };
  return { iss: issuer, jwks };
}

function describeVerdict(verdict: Verdict): string {
  if (!verdict.ok) return `Invalid status token (${verdict.code}). Nothing is trusted.`;
  return `${STATUS_WORDS[verdict.status]}: verified for ${verdict.name}, mobile number ending ${verdict.mob}.`;
}

async function main(): Promise<void> {
  const config = (await getJson('/config.json')) as BookingConfig;
  const check = element<HTMLButtonElement>('check');
  const result = element<HTMLParagraphElement>('vs-result');
  const frame = element<HTMLDivElement>('registry-frame');
  const book = element<HTMLButtonElement>('book');
  const form = element<HTMLFormElement>('booking');
  let verified: Verdict | null = null;

  check.addEventListener('click', async () => {
    check.disabled = true;
    frame.replaceChildren();
    result.dataset.state = 'pending';
    result.textContent = 'Waiting for the registry: follow the steps below.';
    try {
      const { token, nonce } = await requestVaccinationStatus({
        registry: config.registry,
        clientId: config.clientId,
        container: frame,
      });
      result.textContent = 'Checking the signature…';
      const verdict = await verifyStatusToken(token, [await trustedRegistry(config.registry)], {
        audience: config.clientId,
        nonce,
      });
      verified = verdict.ok ? verdict : null;
      result.dataset.state = verdict.ok ? 'verified' : 'invalid';
      result.textContent = describeVerdict(verdict);
      book.disabled = !verdict.ok;
      if (verdict.ok) element<HTMLInputElement>('passenger').value ||= verdict.name;
    } catch (error) {
      result.dataset.state = error instanceof EmbedError ? error.code.toLowerCase() : 'error';
      result.textContent =
        error instanceof EmbedError && error.code === 'REJECTED'
          ? 'The registry rejected this site: it shares no status with it.'
          : 'No vaccination status was received.';
    } finally {
      check.disabled = false;
    }
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (verified === null || !verified.ok) return;
    const data = new FormData(form);
    element('booking-result').textContent =
      `Booked (demo): ${String(data.get('from'))} to ${String(data.get('to'))} on ` +
      `${String(data.get('date'))}; status ${STATUS_WORDS[verified.status].toLowerCase()}, ` +
      `verified with the registry's signature.`;
  });
}

void main();
