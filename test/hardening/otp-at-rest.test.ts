/**
 * OTPs at rest on the registry simulator (SPEC §3): no OTP, nor its bare SHA-256, in the
 * registry's memory, its data dir or its log, whether confirmed, tried wrong or pending.
 */
import { describe, expect, it } from 'vitest';
import { SmsOutbox } from '../../simulator/sms.ts';
import {
  confirmOtp,
  generateOtp,
  jsonPost,
  latestOtp,
  makeSim,
  registerVerifier,
} from '../simulator/fixture.ts';
import { filesUnder, leaksIn, otpNeedles, reachableStrings, type Needle } from './leak-scan.ts';
import { txnOf, wrongGuesses } from './otp-abuse-helpers.ts';

describe('OTPs at rest', () => {
  it('keeps no OTP, nor its bare SHA-256, in the registry’s memory, data dir or log', async () => {
    const sim = await makeSim({ otpResendGapS: 0 });
    const key = await registerVerifier(sim, 'gate');
    const people = [
      { mobile: '9811100001', fullName: 'Ishaan Thakkar' },
      { mobile: '9811100002', fullName: 'Rukmini Deshpande' },
      { mobile: '9811100003', fullName: 'Baljeet Sandhu' },
      { mobile: '9811100004', fullName: 'Tenzin Norgay Bhutia' },
    ];
    const needles: Needle[] = [];
    const txnIds: string[] = [];
    for (const [index, person] of people.entries()) {
      const added = await sim.request(
        '/dev/persons',
        jsonPost({
          mobile_number: person.mobile,
          full_name: person.fullName,
          doses: [{ vaccine: 'Covaxin', date: '2021-06-01' }],
        }),
      );
      expect(added.status).toBe(201);
      const txnId = await txnOf(await generateOtp(sim, key, person.mobile, person.fullName));
      txnIds.push(txnId);
      const otp = (await latestOtp(sim, person.mobile))!;
      expect(otp).toMatch(/^\d{6}$/);
      needles.push(...otpNeedles(`OTP ${index + 1}`, otp));
      // One confirmed (a bearer now exists), one with a wrong try, the rest pending.
      if (index === 0) expect((await confirmOtp(sim, key, txnId, otp)).status).toBe(200);
      if (index === 1) {
        const [wrong] = wrongGuesses(otp, 1);
        expect((await confirmOtp(sim, key, txnId, wrong!)).status).toBe(400);
      }
    }

    // Everything the registry holds, except the dev SMS outbox, whose job is to hold the OTP.
    const memory = reachableStrings(sim.registry, (value) => value instanceof SmsOutbox);
    const joined = memory.join('\n');
    // The walk reaches the OTP store: the pending transactions are in what it read.
    for (const txnId of txnIds.slice(1)) expect(joined).toContain(txnId);
    expect(leaksIn(joined, needles)).toEqual([]);

    const files = filesUnder(sim.dataDir);
    expect(files.map((file) => file.path.slice(sim.dataDir.length + 1)).sort()).toContain(
      'persons.json',
    );
    for (const file of files) expect(leaksIn(file.text, needles), file.path).toEqual([]);

    const notSms = sim.logs.filter((line) => !line.startsWith('[sms]'));
    expect(notSms.length).toBeGreaterThan(0);
    for (const line of notSms) expect(leaksIn(line, needles), line).toEqual([]);
    console.log(
      `[otp-abuse] at rest: ${needles.length / 2} OTPs sought in ${memory.length} strings in memory, ` +
        `${files.length} data files, ${notSms.length} log lines: none found`,
    );
  });
});
