import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createHub } from '../../simulator/hub/create-hub.ts';
import { listen } from '../../simulator/server.ts';
import { makeSim } from '../simulator/fixture.ts';
import { connect, newEvent, onCleanup, tempDir, waitFor } from './helpers.ts';

/** Opens a raw WebSocket; resolves 'open', or the error's message when the upgrade fails. */
function tryUpgrade(url: string): Promise<string> {
  return new Promise((done) => {
    const socket = new WebSocket(url);
    socket.once('open', () => {
      socket.close();
      done('open');
    });
    socket.once('error', (error) => done(error.message));
  });
}

describe('the simulator', () => {
  it('serves the event hub at /hub on its own port, refuses other upgrades, and closes the hub', async () => {
    const sim = await makeSim();
    const hubDir = tempDir();
    const hub = await createHub({ dataDir: hubDir, quiet: true });
    const listening = await listen(sim.app, 0, '127.0.0.1', hub);
    let closed = false;
    onCleanup(async () => {
      if (!closed) await listening.close();
    });
    const base = `127.0.0.1:${listening.port}`;

    const event = await newEvent();
    const gate = connect(`ws://${base}/hub`, event.id, event.token);
    await waitFor(() => gate.authenticated() && gate.synced(), 'a tablet on /hub');
    expect(await tryUpgrade(`ws://${base}/other`)).toBe('socket hang up');
    expect(await tryUpgrade(`ws://${base}/hub?x=1`)).toBe('open');
    expect((await fetch(`http://${base}/.well-known/jwks.json`)).status).toBe(200);

    gate.disconnect();
    await listening.close();
    closed = true;
    expect(await tryUpgrade(`ws://${base}/hub`)).toMatch(/ECONNREFUSED/);
    // The hub let go of its data dir: another hub can open it.
    const reopened = await createHub({ dataDir: hubDir, quiet: true });
    await reopened.close();
  });
});
