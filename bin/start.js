#!/usr/bin/env node
// `npm start`: builds the PWA and the holder page when either is missing or older than its
// sources, then runs the simulator (which serves both) on PORT or 8080 with the data dir .data.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const builtPages = [join(root, 'dist', 'index.html'), join(root, 'dist-holder', 'index.html')];
const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'vite.holder.config.ts'].map(
  (name) => join(root, name),
);

/** Newest modification time under `path` (a file or a directory), 0 when absent. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function needsBuild() {
  if (!existsSync(join(root, 'index.html'))) return false;
  if (!builtPages.every((page) => existsSync(page))) return true;
  const builtAt = Math.min(...builtPages.map((page) => statSync(page).mtimeMs));
  return sources.some((source) => newestMtime(source) > builtAt);
}

if (!existsSync(join(root, 'index.html'))) {
  console.log('No index.html in the project yet: the simulator will serve a placeholder page.');
} else if (needsBuild()) {
  console.log('Building the verifier PWA and the holder page (npm run build)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The PWA build failed; fix the errors above and run npm start again.');
    process.exit(build.status ?? 1);
  }
}

const port = process.env.PORT ?? '8080';
const simulator = spawn(
  process.execPath,
  [
    join(root, 'bin', 'kycvs-simulator.js'),
    '--port',
    port,
    '--data-dir',
    '.data',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => simulator.kill(signal));
}
simulator.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 1)));
