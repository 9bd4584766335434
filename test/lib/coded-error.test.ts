/** The app's one error base class: every module's error carries a `code` and its own name. */
import { describe, expect, it } from 'vitest';
import { RegistryError } from '../../src/lib/registry-client.ts';
import { HolderApiError } from '../../src/holder/api.ts';
import { CodedError } from '../../src/lib/coded-error.ts';
import { TransportError } from '../../src/lib/fetch-json.ts';
import { ScannerError } from '../../src/scanner/types.ts';
import { DatabaseBlockedError } from '../../src/store/db.ts';
import { SettingsError } from '../../src/store/settings.ts';
import { RefreshError } from '../../src/store/trust-store.ts';

describe('CodedError', () => {
  it('is the base of every error the app throws, each with its code and name', () => {
    const errors: [CodedError, string, string][] = [
      [new RegistryError('TIMEOUT'), 'TIMEOUT', 'RegistryError'],
      [new HolderApiError('NETWORK'), 'NETWORK', 'HolderApiError'],
      [new TransportError('NETWORK'), 'NETWORK', 'TransportError'],
      [new ScannerError('NO_CAMERA', 'no camera'), 'NO_CAMERA', 'ScannerError'],
      [new DatabaseBlockedError(), 'DB_BLOCKED', 'DatabaseBlockedError'],
      [new SettingsError('BAD_API_KEY'), 'BAD_API_KEY', 'SettingsError'],
      [new RefreshError('GARBLED'), 'GARBLED', 'RefreshError'],
    ];
    for (const [error, code, name] of errors) {
      expect(error).toBeInstanceOf(CodedError);
      expect(error).toBeInstanceOf(Error);
      expect(error.code).toBe(code);
      expect(error.name).toBe(name);
    }
  });

  it('keeps the extra fields a subclass adds, and a cause', () => {
    const wrongOtp = new RegistryError('USRAUT0014', 2);
    expect(wrongOtp.triesLeft).toBe(2);
    const cause = new Error('inner');
    expect(new ScannerError('BAD_FRAME', 'bad', { cause }).cause).toBe(cause);
  });
});
