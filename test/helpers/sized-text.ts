/** Text of exact UTF-16 lengths, for tables that test limits to the character. */
import * as assert from 'node:assert/strict';

const PITCH = 'Our onboarding kit covers access requests, runbooks, shadowing rotations and a first-week ticket queue. ';
export const GREET = 'Hi Dana,\n\n'; // 10 units (each line break counts one)

/** ASCII prose of exactly `n` UTF-16 units that starts and ends on a non-space character. */
export function prose(n: number): string {
  const s = PITCH.repeat(Math.ceil(n / PITCH.length) + 1).slice(0, n - 1) + '.';
  assert.equal(s.length, n);
  return s;
}

/** An InMail body of exactly `n` units: greeting + prose. */
export const body = (n: number): string => GREET + prose(n - GREET.length);

export const inmail = (b: string): string => `Subject: Your post on remote onboarding\nTo: Dana Lee\nCompany: Acme\n\n${b}`;
