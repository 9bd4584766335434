/** A build input that failed its check: the builder names it and stops, writing nothing. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    /** The input: its flag and file. */
    readonly input: string,
    /** Why it failed. */
    readonly why: string,
  ) {
    super(`${input}: ${why}`);
  }
}
