/** placeholder */
import type { BenchModule } from './lib/module.ts';

/** placeholder */
export const bench: BenchModule = {
  name: 'lighthouse',
  title: 'lighthouse',
  keys: [],
  run() {
    return Promise.reject(new Error('not written'));
  },
};
