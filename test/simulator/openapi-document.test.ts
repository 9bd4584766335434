/**
 * The generated /openapi.json against the declarations it comes from (simulator/schemas.ts, the
 * routes' createRoute): OpenAPI 3.1, every $ref resolves, every route the app answers is
 * documented and every documented one is answered.
 */
import { describe, expect, it } from 'vitest';
import { makeSim } from './fixture.ts';
import { declaredRoutes, openApiPath, type Doc } from './openapi-helpers.ts';

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1, served from the declarations, and every $ref resolves', async () => {
    const sim = await makeSim();
    const doc = (await (await sim.request('/openapi.json')).json()) as Doc;
    expect(doc.openapi).toBe('3.1.0');
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/[A-Za-z]+/g) ?? [];
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs)
      expect(doc.components.schemas[ref.split('/').pop()!], ref).toBeDefined();
    const declared = declaredRoutes(sim)
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    const documented = Object.entries(doc.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`))
      .sort();
    expect(documented).toEqual(declared);
    for (const operation of ['get /dev/faults', 'post /api/v3/vaccination/generateOTP']) {
      expect(documented).toContain(operation);
    }
  });

  it('documents every route the app answers, and the app answers every documented one', async () => {
    const sim = await makeSim();
    const doc = (await (await sim.request('/openapi.json')).json()) as Doc;
    const answered = new Set(
      sim.app.routes
        .filter((route) => route.method !== 'ALL')
        .map((route) => `${route.method.toLowerCase()} ${openApiPath(route.path)}`),
    );
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => `${method} ${path}`),
      ),
    );
    expect([...answered].filter((op) => !documented.has(op))).toEqual([]);
    expect([...documented].filter((op) => !answered.has(op))).toEqual([]);
  });
});
