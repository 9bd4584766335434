#!/usr/bin/env node
// Runs the TypeScript trust list builder through tsx, so `npx kycvs-trust` needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../trust/cli.ts');
process.exitCode = await main(process.argv.slice(2));
