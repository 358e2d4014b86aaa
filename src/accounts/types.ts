// An account and a signed-in session as the application holds them. Pure.

export interface Account {
  id: string;
  email: string;
  passwordHash: string | null;
  platformAdmin: boolean;
}

export interface Session {
  account: Account;
  csrfToken: string;
  expiresAt: Date;
}
