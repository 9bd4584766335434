/**
 * What the holder route tests share: the page's paths, a booking site and another site, a demo
 * beneficiary, and the app with the holder routes over a fixture page.
 */
import { Hono } from 'hono';
import { holderRoutes } from '../../simulator/routes/holder.ts';
import { errorHandler } from '../../simulator/http.ts';
import { BASE, fixtureHolderDir } from '../simulator/fixture.ts';
import type { Sim } from '../simulator/fixture.ts';

export const PAGE = '/v3/vaccination/status/knowYourStatus';
export const GENERATE = `${PAGE}/generateOTP`;
export const CONFIRM = `${PAGE}/confirmOTP`;
export const BOOKING = 'http://127.0.0.1:5174';
export const OTHER_SITE = 'http://127.0.0.1:6000';
// A seeded demo beneficiary: two Covishield doses, fully vaccinated.
export const ASHA = { mobile: '9000000001', name: 'Asha Verma' };

/** The app with the holder routes over a fixture page, and the rest of the simulator. */
export function pageApp(sim: Sim, options: { ipLimit?: number } = {}) {
  const app = new Hono();
  app.route('/', holderRoutes(sim.registry, { holderDir: fixtureHolderDir(), ...options }));
  app.route('/', sim.app);
  app.onError(errorHandler(() => {}));
  return (path: string, init?: RequestInit) => app.request(`${BASE}${path}`, init);
}
