#!/usr/bin/env node
// Runs the TypeScript event hub through tsx, so `npm run hub` needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../simulator/hub/hub-cli.ts');
await main(process.argv.slice(2));
