// How guessable a new password is, with zxcvbn (the estimator of Dropbox, kept as zxcvbn-ts): it recognises
// repeats ('aaaa…', twelve spaces), sequences, keyboard rows and common passwords. Score 0–4; we ask for 3
// ("safely unguessable", about 10^8 guesses and more), the level NIST SP 800-63B's "blocklist" advice aims at.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_SCORE = 3;

const estimator = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });

const WHY: Record<string, string> = {
  simpleRepeat: 'het herhaalt steeds hetzelfde teken',
  extendedRepeat: 'het herhaalt steeds hetzelfde stukje',
  sequences: 'het is een reeks als abcd of 1234',
  straightRow: 'het is een rij toetsen van het toetsenbord',
  keyPattern: 'het is een patroon op het toetsenbord',
  common: 'het is een veelgebruikt wachtwoord',
  similarToCommon: 'het lijkt op een veelgebruikt wachtwoord',
  topTen: 'het is een van de meest gebruikte wachtwoorden',
  topHundred: 'het is een van de meest gebruikte wachtwoorden',
  dates: 'het is (of bevat vooral) een datum',
  recentYears: 'het is (of bevat vooral) een jaartal',
};

/** Why a password is too easy to guess, in plain Dutch, or null when it is strong enough. */
export async function weakPasswordReason(password: string): Promise<string | null> {
  if (password.trim() === '') return 'het wachtwoord bestaat alleen uit spaties';
  const result = await estimator.check(password);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = WHY[result.feedback.warning ?? ''] ?? 'het is te makkelijk te raden';
  return `het wachtwoord is te zwak: ${why}. Kies bijvoorbeeld een zin van drie of vier losse woorden`;
}
