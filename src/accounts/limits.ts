// Limits the accounts API and the password rules share (kept apart from password.ts, which needs node:crypto, so
// that the browser can import them). Pure.
export const MAX_PASSWORD_LENGTH = 256;
