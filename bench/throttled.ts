/** placeholder */
import type { BenchModule } from './lib/module.ts';

/** placeholder */
export const bench: BenchModule = {
  name: 'throttled',
  title: 'throttled',
  keys: [],
  run() {
    return Promise.reject(new Error('not written'));
  },
};
