/**
 * The house rules on the code's shape, checked on the tree itself: no import cycle in src/ or
 * simulator/ and no import from src/store into src/core (by madge's import graph), one
 * definition of `CredentialFormat`, no `@zxing/*` in the shipped dependencies, and no source
 * file over 300 lines.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import madge from 'madge';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every file under `dir` (relative to the root) whose name ends with one of `endings`. */
function filesUnder(dir: string, endings: string[]): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(join(ROOT, at))) {
      const path = join(at, name);
      if (name === 'node_modules') continue;
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (endings.some((ending) => name.endsWith(ending))) found.push(path);
    }
  };
  walk(dir);
  return found;
}

describe('the import graph (madge)', () => {
  let graph: Record<string, string[]>;
  let circular: string[][];

  beforeAll(async () => {
    const result = await madge(['src', 'simulator'], {
      baseDir: ROOT,
      fileExtensions: ['ts', 'tsx'],
    });
    graph = result.obj();
    circular = result.circular();
  });

  it('reads the tree (the checks below are not vacuous)', () => {
    expect(Object.keys(graph).length).toBeGreaterThan(100);
    expect(graph['src/core/verifier.ts']).toContain('src/store/db.ts');
  });

  it('has no import cycle in src/ or simulator/', () => {
    expect(circular).toEqual([]);
  });

  it('has no import from src/store into src/core', () => {
    const inversions = Object.entries(graph).flatMap(([from, to]) =>
      from.startsWith('src/store/')
        ? to.filter((target) => target.startsWith('src/core/')).map((t) => `${from} -> ${t}`)
        : [],
    );
    expect(inversions).toEqual([]);
  });
});

describe('one definition each', () => {
  it('defines CredentialFormat once, in the protocol', () => {
    const sources = [...filesUnder('src', ['.ts', '.tsx']), ...filesUnder('simulator', ['.ts'])];
    const defining = sources.filter((path) =>
      /\btype CredentialFormat\s*=/.test(readFileSync(join(ROOT, path), 'utf8')),
    );
    expect(defining).toEqual(['src/protocol/credentials/types.ts']);
  });
});

describe('what ships', () => {
  it('has no @zxing package in the dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies).filter((name) => name.startsWith('@zxing/'))).toEqual([]);
  });

  it('has no source file over 300 lines in src/, simulator/, bench/ or bin/', () => {
    const code = ['.ts', '.tsx', '.js', '.mjs', '.cjs'];
    const files = ['src', 'simulator', 'bench', 'bin'].flatMap((dir) => filesUnder(dir, code));
    expect(files.length).toBeGreaterThan(100);
    const long = files
      .map((path) => ({
        path: relative('.', path),
        lines: readFileSync(join(ROOT, path), 'utf8').split('\n').length - 1,
      }))
      .filter(({ lines }) => lines > 300);
    expect(long).toEqual([]);
  });
});
