// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmbedError, requestVaccinationStatus } from '../../src/embed/index.ts';

const REGISTRY = 'http://localhost:9100';

/** The mounted iframe, given a window of its own (happy-dom loads no page into it here). */
function frameIn(container: HTMLElement): HTMLIFrameElement {
  const frame = container.querySelector('iframe');
  if (frame === null) throw new Error('no iframe mounted');
  if (frame.contentWindow === null) {
    const own = { postMessage() {} } as unknown as Window;
    Object.defineProperty(frame, 'contentWindow', { value: own, configurable: true });
  }
  return frame;
}

function post(data: unknown, origin: string, source: MessageEventSource | null): void {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

async function settled<T>(
  promise: Promise<T>,
): Promise<'pending' | { value?: T; error?: unknown }> {
  const marker = Symbol('pending');
  const outcome = await Promise.race([
    promise.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
    new Promise<typeof marker>((resolve) => setTimeout(() => resolve(marker), 0)),
  ]);
  return outcome === marker ? 'pending' : (outcome as { value?: T; error?: unknown });
}

describe('requestVaccinationStatus', () => {
  let container: HTMLDivElement;

  beforeEach(() => {
    // Kept out of the document, so happy-dom does not try to load the iframe's page.
    container = document.createElement('div');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('mounts a titled, sandboxed iframe on the holder page for the client id', () => {
    void requestVaccinationStatus({
      registry: `${REGISTRY}/some/path`,
      clientId: 'rail-1',
      container,
      nonce: 'n-1',
      timeoutMs: 60_000,
    }).catch(() => undefined);
    const frame = frameIn(container);
    expect(frame.getAttribute('src')).toBe(
      `${REGISTRY}/v3/vaccination/status/knowYourStatus?client_id=rail-1&nonce=n-1`,
    );
    expect(frame.title).not.toBe('');
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts allow-forms allow-same-origin');
  });

  it('resolves with the token posted by the iframe and the nonce it asked for', async () => {
    const pending = requestVaccinationStatus({
      registry: REGISTRY,
      clientId: 'rail-1',
      container,
      nonce: 'mine-1',
    });
    const frame = frameIn(container);
    expect(new URL(frame.src).searchParams.get('nonce')).toBe('mine-1');
    post({ type: 'kycvs:status', token: 'a.b.c' }, REGISTRY, frame.contentWindow);
    await expect(pending).resolves.toEqual({ token: 'a.b.c', nonce: 'mine-1' });
    expect(container.contains(frame)).toBe(true);
  });

  it('always sends a nonce: a fresh random one when the caller gives none', async () => {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const box = document.createElement('div');
      const pending = requestVaccinationStatus({
        registry: REGISTRY,
        clientId: 'rail-1',
        container: box,
      });
      const frame = frameIn(box);
      const sent = new URL(frame.src).searchParams.get('nonce');
      expect(sent).toMatch(/^[A-Za-z0-9_-]{22}$/);
      post({ type: 'kycvs:status', token: 'a.b.c' }, REGISTRY, frame.contentWindow);
      const answer = await pending;
      // It resolves with the nonce it sent, so the caller can verify the token against it.
      expect(answer).toEqual({ token: 'a.b.c', nonce: sent });
      nonces.push(answer.nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('ignores a token from another origin, even from the iframe', async () => {
    const pending = requestVaccinationStatus({ registry: REGISTRY, clientId: 'rail-1', container });
    const frame = frameIn(container);
    post({ type: 'kycvs:status', token: 'evil.x.y' }, 'http://evil.example', frame.contentWindow);
    post({ type: 'kycvs:status', token: 'evil.x.y' }, 'http://localhost:9101', frame.contentWindow);
    expect(await settled(pending)).toBe('pending');
    post({ type: 'kycvs:status', token: 'good.x.y' }, REGISTRY, frame.contentWindow);
    expect(await settled(pending)).toMatchObject({ value: { token: 'good.x.y' } });
  });

  it('ignores a token from the registry origin that did not come from its iframe', async () => {
    const pending = requestVaccinationStatus({ registry: REGISTRY, clientId: 'rail-1', container });
    const frame = frameIn(container);
    post({ type: 'kycvs:status', token: 'other.x.y' }, REGISTRY, window);
    post({ type: 'kycvs:status', token: 'other.x.y' }, REGISTRY, null);
    expect(await settled(pending)).toBe('pending');
    post({ type: 'kycvs:status', token: 'good.x.y' }, REGISTRY, frame.contentWindow);
    expect(await settled(pending)).toMatchObject({ value: { token: 'good.x.y' } });
  });

  it('ignores messages of other shapes from the iframe', async () => {
    const pending = requestVaccinationStatus({ registry: REGISTRY, clientId: 'rail-1', container });
    const frame = frameIn(container);
    post('a.b.c', REGISTRY, frame.contentWindow);
    post({ type: 'kycvs:status', token: 42 }, REGISTRY, frame.contentWindow);
    post({ type: 'other', token: 'a.b.c' }, REGISTRY, frame.contentWindow);
    expect(await settled(pending)).toBe('pending');
  });

  it('rejects with REJECTED when the registry page says it rejects', async () => {
    const pending = requestVaccinationStatus({ registry: REGISTRY, clientId: 'nobody', container });
    const frame = frameIn(container);
    post({ type: 'kycvs:rejected', reason: 'UNKNOWN_CLIENT' }, REGISTRY, frame.contentWindow);
    const outcome = await settled(pending);
    expect(outcome).not.toBe('pending');
    const error = (outcome as { error: unknown }).error;
    expect(error).toBeInstanceOf(EmbedError);
    expect((error as EmbedError).code).toBe('REJECTED');
    expect(container.contains(frame)).toBe(true);
  });

  it('stops listening once settled: a later token changes nothing', async () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const pending = requestVaccinationStatus({ registry: REGISTRY, clientId: 'rail-1', container });
    const frame = frameIn(container);
    post({ type: 'kycvs:status', token: 'first.x.y' }, REGISTRY, frame.contentWindow);
    await expect(pending).resolves.toMatchObject({ token: 'first.x.y' });
    const listener = add.mock.calls.find(([type]) => type === 'message')?.[1];
    expect(listener).toBeDefined();
    expect(remove.mock.calls.some(([type, fn]) => type === 'message' && fn === listener)).toBe(
      true,
    );
    add.mockRestore();
    remove.mockRestore();
  });

  it('rejects with ABORTED and removes the iframe when the signal aborts', async () => {
    const controller = new AbortController();
    const pending = requestVaccinationStatus({
      registry: REGISTRY,
      clientId: 'rail-1',
      container,
      signal: controller.signal,
    });
    const frame = frameIn(container);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
    expect(container.contains(frame)).toBe(false);
    post({ type: 'kycvs:status', token: 'late.x.y' }, REGISTRY, frame.contentWindow);
  });

  it('rejects with ABORTED at once for a signal already aborted, mounting nothing', async () => {
    const pending = requestVaccinationStatus({
      registry: REGISTRY,
      clientId: 'rail-1',
      container,
      signal: AbortSignal.abort(),
    });
    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
    expect(container.querySelector('iframe')).toBeNull();
  });

  it('rejects with TIMEOUT and removes the iframe when no token comes in time', async () => {
    vi.useFakeTimers();
    const pending = requestVaccinationStatus({
      registry: REGISTRY,
      clientId: 'rail-1',
      container,
      timeoutMs: 1000,
    });
    const caught = pending.catch((error: unknown) => error);
    vi.advanceTimersByTime(1000);
    expect(await caught).toMatchObject({ code: 'TIMEOUT' });
    expect(container.querySelector('iframe')).toBeNull();
  });

  it('rejects bad options with BAD_OPTIONS and mounts nothing', async () => {
    await expect(
      requestVaccinationStatus({ registry: 'not a url', clientId: 'x', container }),
    ).rejects.toMatchObject({ code: 'BAD_OPTIONS' });
    await expect(
      requestVaccinationStatus({ registry: 'javascript:alert(1)', clientId: 'x', container }),
    ).rejects.toMatchObject({ code: 'BAD_OPTIONS' });
    await expect(
      requestVaccinationStatus({ registry: REGISTRY, clientId: '', container }),
    ).rejects.toMatchObject({ code: 'BAD_OPTIONS' });
    await expect(
      requestVaccinationStatus({ registry: REGISTRY, clientId: 'x', container, nonce: 'a b' }),
    ).rejects.toMatchObject({ code: 'BAD_OPTIONS' });
    expect(container.querySelector('iframe')).toBeNull();
  });
});
