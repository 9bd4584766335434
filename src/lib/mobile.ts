/** The holder's mobile number as typed at the desk or on the holder page. */

/**
 * A mobile number reduced to its 10 digits (SPEC §3), spaces, dots, dashes and brackets dropped
 * and a `+91` or `0` prefix allowed; null when it is not one.
 */
export function normaliseMobile(input: string): string | null {
  let digits = input.replace(/[\s().-]/g, '');
  if (/^\+91\d{10}$/.test(digits)) digits = digits.slice(3);
  else if (/^0\d{10}$/.test(digits)) digits = digits.slice(1);
  return /^\d{10}$/.test(digits) ? digits : null;
}
