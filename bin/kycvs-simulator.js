#!/usr/bin/env node
// Runs the TypeScript simulator through tsx, so `npx kycvs-simulator` needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../simulator/cli.ts');
