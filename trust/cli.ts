/**
 * `kycvs-trust` (SPEC §10): `keygen`, `build` and `inspect`. A failure prints one line naming
 * the input and why, and exits 1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildTrustList } from './build.ts';
import { inspectTrustList } from './inspect.ts';
import { generateTrustKeyJwk, trustKeyFromJwk, trustKeyThumbprint } from './sign.ts';
import { InputError } from './sources/errors.ts';

const USAGE = `Usage:
  kycvs-trust keygen --out KEY.jwk
  kycvs-trust build --key KEY.jwk --out LIST.jws [--issuer URL] [--seq N] [--valid-days N]
      [--cowin-production] [--de-dsc-list FILE] [--vci-snapshot FILE --vci-signature FILE]
      [--revoked FILE] [--add LIST.json]
  kycvs-trust inspect LIST.jws`;

class UsageError extends Error {}

function whole(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,15}$/.test(value)) throw new UsageError(`${flag} must be a whole number`);
  return Number(value);
}

async function keygen(args: string[]): Promise<string[]> {
  const { values } = parseArgs({ args, strict: true, options: { out: { type: 'string' } } });
  if (!values.out) throw new UsageError('keygen needs --out KEY.jwk');
  const jwk = generateTrustKeyJwk();
  try {
    // Never overwrites a key: a list signed with it would no longer match any pin.
    writeFileSync(values.out, JSON.stringify(jwk, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    throw new InputError(
      `--out ${values.out}`,
      `cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return [`thumbprint: ${await trustKeyThumbprint(trustKeyFromJwk(jwk))}`];
}

async function build(args: string[]): Promise<string[]> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      key: { type: 'string' },
      out: { type: 'string' },
      issuer: { type: 'string' },
      seq: { type: 'string' },
      'valid-days': { type: 'string' },
      'cowin-production': { type: 'boolean' },
      'de-dsc-list': { type: 'string' },
      'vci-snapshot': { type: 'string' },
      'vci-signature': { type: 'string' },
      revoked: { type: 'string', multiple: true },
      add: { type: 'string', multiple: true },
    },
  });
  if (!values.key || !values.out)
    throw new UsageError('build needs --key KEY.jwk and --out LIST.jws');
  const validDays = whole(values['valid-days'], '--valid-days');
  const seq = whole(values.seq, '--seq');
  const result = await buildTrustList({
    key: values.key,
    out: values.out,
    ...(values.issuer === undefined ? {} : { issuer: values.issuer }),
    ...(seq === undefined ? {} : { seq }),
    ...(validDays === undefined ? {} : { validDays }),
    cowinProduction: values['cowin-production'] ?? false,
    ...(values['de-dsc-list'] === undefined ? {} : { deDscList: values['de-dsc-list'] }),
    ...(values['vci-snapshot'] === undefined ? {} : { vciSnapshot: values['vci-snapshot'] }),
    ...(values['vci-signature'] === undefined ? {} : { vciSignature: values['vci-signature'] }),
    revoked: values.revoked ?? [],
    add: values.add ?? [],
  });
  const { list } = result;
  return [
    `wrote ${result.out}: seq ${list.seq}, signer ${result.thumbprint}`,
    `divoc ${list.divoc.length}, eudcc ${list.eudcc.length}, shc ${list.shc.length}, ` +
      `revoked ${list.revoked.divoc.length + list.revoked.eudcc.length + list.revoked.shc.length}`,
  ];
}

async function inspect(args: string[]): Promise<string[]> {
  const { positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UsageError('inspect needs one LIST.jws');
  const path = positionals[0]!;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(
      path,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return inspectTrustList(text, path);
}

/** Runs the command line; returns the exit code. */
export async function main(
  argv: string[],
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  err: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<number> {
  const [command, ...rest] = argv;
  const commands: Record<string, (args: string[]) => Promise<string[]>> = {
    keygen,
    build,
    inspect,
  };
  if (command === '--help' || command === 'help') {
    out(USAGE);
    return 0;
  }
  const run = command === undefined ? undefined : commands[command];
  if (!run) {
    err(USAGE);
    return 2;
  }
  try {
    for (const line of await run(rest)) out(line);
    return 0;
  } catch (error) {
    if (error instanceof InputError) err(`kycvs-trust: ${error.message}`);
    else if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      err(`kycvs-trust: ${(error as Error).message}\n${USAGE}`);
      return 2;
    } else err(`kycvs-trust: ${(error as Error).message}`);
    return 1;
  }
}
