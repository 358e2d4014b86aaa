// Lock-out by growing back-off. Every login attempt for an account is counted before its password is checked (so a
// burst cannot slip past the count); from the fifth attempt in a window on, the next check waits, and the wait
// doubles with every further attempt (30 s, 1, 2, 4, 8 minutes, at most 15). Someone guessing therefore delays an
// account rather than shutting it for a fixed time, and a correct password is never checked inside the wait.
// Pure.

export const LOCKOUT = {
  /** attempts in a window before the first wait */
  freeAttempts: 5,
  /** attempts older than this (with no wait in it) are forgotten */
  windowMinutes: 15,
  firstWaitSeconds: 30,
  maxWaitSeconds: 15 * 60,
  /** failed logins from one client address in a window before its failures answer 429 */
  addressFailures: 50,
} as const;

export interface ThrottleState {
  attempts: number;
  windowStart: Date;
  /** no attempt is checked before this time */
  lockedUntil: Date | null;
}

export type AttemptDecision =
  | { allowed: true; next: ThrottleState }
  | { allowed: false; retryAfterSeconds: number };

/** Seconds to wait after the n-th attempt of a window (none before the free attempts are used). */
export function waitAfter(attempts: number, policy = LOCKOUT): number {
  if (attempts < policy.freeAttempts) return 0;
  return Math.min(policy.firstWaitSeconds * 2 ** (attempts - policy.freeAttempts), policy.maxWaitSeconds);
}

/** Whether an attempt may be checked now, and the state that counts it. */
export function decideAttempt(state: ThrottleState | null, now: Date, policy = LOCKOUT): AttemptDecision {
  if (state?.lockedUntil && state.lockedUntil > now)
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000)),
    };
  const windowMs = policy.windowMinutes * 60_000;
  const quiet =
    !state ||
    (now.getTime() - state.windowStart.getTime() > windowMs &&
      (!state.lockedUntil || now.getTime() - state.lockedUntil.getTime() > windowMs));
  const attempts = quiet ? 1 : state.attempts + 1;
  const wait = waitAfter(attempts, policy);
  return {
    allowed: true,
    next: {
      attempts,
      windowStart: quiet ? now : state.windowStart,
      lockedUntil: wait > 0 ? new Date(now.getTime() + wait * 1000) : null,
    },
  };
}
