// The back-off rule of src/accounts/lockout.ts on worked values.
import { describe, expect, it } from 'vitest';
import { decideAttempt, LOCKOUT, type ThrottleState, waitAfter } from '../../../src/accounts/lockout.ts';

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000);

describe('lock-out by growing back-off', () => {
  it('waits 30 s after the fifth attempt, then twice as long each time, at most 15 minutes', () => {
    expect([1, 2, 3, 4].map((n) => waitAfter(n))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 20].map((n) => waitAfter(n))).toEqual([
      30, 60, 120, 240, 480, 900, 900, 900,
    ]);
  });

  it('checks five attempts of a burst and refuses the rest until the wait is over', () => {
    let state: ThrottleState | null = null;
    const outcomes: (boolean | number)[] = [];
    for (let i = 0; i < 30; i++) {
      const d = decideAttempt(state, at(0));
      if (d.allowed) state = d.next;
      outcomes.push(d.allowed || d.retryAfterSeconds);
    }
    expect(outcomes.filter((o) => o === true)).toHaveLength(5);
    expect(outcomes.slice(5)).toEqual(Array(25).fill(30));
    // after the wait one more check, then a wait of 60 s
    const sixth = decideAttempt(state, at(30));
    expect(sixth.allowed).toBe(true);
    if (sixth.allowed) expect(sixth.next.lockedUntil).toEqual(at(90));
  });

  it('forgets attempts after a quiet window, but not while a wait has just ended', () => {
    const busy: ThrottleState = { attempts: 7, windowStart: at(0), lockedUntil: at(1000) };
    const justAfter = decideAttempt(busy, at(1001));
    expect(justAfter.allowed && justAfter.next.attempts).toBe(8);
    const quiet = decideAttempt(busy, at(1000 + LOCKOUT.windowMinutes * 60 + 1));
    expect(quiet.allowed && quiet.next).toEqual({
      attempts: 1,
      windowStart: at(1000 + LOCKOUT.windowMinutes * 60 + 1),
      lockedUntil: null,
    });
  });
});
