/**
 * The one error class the app's modules throw: each kind of failure is a subclass with its own
 * union of codes, and a screen switches on `code`, never on a message (which may be English
 * words for a developer, never shown and never holding a secret).
 */
export class CodedError<Code extends string = string> extends Error {
  /** Each subclass names itself in a field: a minifier renames classes, never strings. */
  override name = 'CodedError';

  /** What went wrong, from the subclass's own list. */
  readonly code: Code;

  constructor(code: Code, message: string = code, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
