// The accounts API's shapes: signing in, the session, invitations as the invitee sees them. Pure.
import { z } from 'zod';
import { email } from '../workspaces/api.ts';

export { email };

import { MAX_PASSWORD_LENGTH } from './limits.ts';

export const password = z.string().min(1).max(MAX_PASSWORD_LENGTH);

export const loginBody = z.strictObject({ email, password });
export type LoginInput = z.infer<typeof loginBody>;

export const invitationTokenParams = z.object({ token: z.string().max(100) });

export const acceptInvitationBody = z.strictObject({ password: password.optional() });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationBody>;

// ------------------------------------------------------------------------------------------------------ answers

export const accountInfo = z.object({ id: z.string(), email: z.string(), platformAdmin: z.boolean() });
export type AccountInfo = z.infer<typeof accountInfo>;

export const loginAnswer = z.object({
  authenticated: z.literal(true),
  account: accountInfo,
  csrfToken: z.string(),
});
export type LoginAnswer = z.infer<typeof loginAnswer>;

export const sessionAnswer = z.union([
  z.object({ authenticated: z.literal(false) }),
  loginAnswer.extend({
    expiresAt: z.string(),
    workspaces: z.array(z.object({ id: z.string(), name: z.string(), role: z.string().nullable() })),
  }),
]);
export type SessionAnswer = z.infer<typeof sessionAnswer>;

export const invitationView = z.object({
  workspace: z.string(),
  email: z.string(),
  role: z.string(),
  organisation: z.string().nullable(),
  expiresAt: z.string(),
  /** whether an account with this address exists: it signs in and accepts without choosing a password */
  existingAccount: z.boolean(),
  /** whether the caller is signed in as the invited account: then accepting needs no password */
  signedInAsInvitee: z.boolean(),
});
export type InvitationView = z.infer<typeof invitationView>;

export const acceptAnswer = loginAnswer.extend({
  workspaceId: z.string(),
  role: z.string(),
  organisationId: z.string().nullable(),
});
export type AcceptAnswer = z.infer<typeof acceptAnswer>;

export const unlockBody = z.strictObject({ email });
export type UnlockInput = z.infer<typeof unlockBody>;
export const unlockAnswer = z.object({ unlocked: z.boolean() });
