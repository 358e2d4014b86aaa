// Shared set-up for the workspace suites: an app on a test database with a platform administrator, sessions
// from real logins, and requests that carry the session cookie and the CSRF token.
import type { FastifyInstance } from 'fastify';
import { createAdmin } from '../../../src/accounts/service.ts';
import { type AppContext, openApp } from '../../../src/app/context.ts';
import { buildServer } from '../../../src/server/app.ts';
import type { TestDatabase } from '../../support/database.ts';

export const ADMIN = { email: 'admin@example.nl', password: 'beheer-wachtwoord-1' };
export const PASSWORD = 'een-goed-wachtwoord';

export interface Who {
  cookie: string | null;
  csrf: string | null;
  id: string | null;
}
export const anonymous: Who = { cookie: null, csrf: null, id: null };

export interface Harness {
  ctx: AppContext;
  server: FastifyInstance;
  call(
    who: Who,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    extra?: { headers?: Record<string, string>; ip?: string },
  ): Promise<{ status: number; body: any; headers: Record<string, unknown>; text: string }>;
  login(email: string, password: string, ip?: string): Promise<Who>;
  /** Accepts an invitation with a new password; returns the new member's session. */
  join(workspaceId: string, inviter: Who, email: string, role: string): Promise<Who>;
  close(): Promise<void>;
}

export const sessionFrom = (setCookie: unknown): string | null => {
  const header = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  const m = typeof header === 'string' ? /^jp_session=([^;]*)/.exec(header) : null;
  return m?.[1] ? `jp_session=${m[1]}` : null;
};

let ipCounter = 1;
/** A fresh client address, so the per-address login limit of one test does not affect another. */
export const freshIp = () => `10.0.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;

export async function harness(database: TestDatabase): Promise<Harness> {
  const ctx = await openApp(await database.config());
  const server = await buildServer(ctx);
  await createAdmin(ctx.db, ADMIN.email, ADMIN.password);
  const call: Harness['call'] = async (who, method, url, body, extra = {}) => {
    const headers: Record<string, string> = { ...(extra.headers ?? {}) };
    if (who.cookie) headers.cookie = who.cookie;
    if (who.csrf && !('x-csrf-token' in headers)) headers['x-csrf-token'] = who.csrf;
    const response = await server.inject({
      method,
      url,
      headers,
      remoteAddress: extra.ip ?? '127.0.0.1',
      ...(body === undefined ? {} : { payload: body as object }),
    });
    let parsed: unknown = null;
    try {
      parsed = response.body ? JSON.parse(response.body) : null;
    } catch {
      parsed = null;
    }
    return { status: response.statusCode, body: parsed, headers: response.headers, text: response.body };
  };
  const login: Harness['login'] = async (email, password, ip = freshIp()) => {
    const r = await call(anonymous, 'POST', '/api/auth/login', { email, password }, { ip });
    if (r.status !== 200) throw new Error(`login ${email}: ${r.status} ${r.text}`);
    return { cookie: sessionFrom(r.headers['set-cookie']), csrf: r.body.csrfToken, id: r.body.account.id };
  };
  const join: Harness['join'] = async (workspaceId, inviter, email, role) => {
    const inv = await call(inviter, 'POST', `/api/workspaces/${workspaceId}/invitations`, { email, role });
    if (inv.status !== 201) throw new Error(`invite ${email}: ${inv.status} ${inv.text}`);
    const r = await call(anonymous, 'POST', `/api/invitations/${inv.body.token}/accept`, {
      password: PASSWORD,
    });
    if (r.status !== 200) throw new Error(`accept ${email}: ${r.status} ${r.text}`);
    return { cookie: sessionFrom(r.headers['set-cookie']), csrf: r.body.csrfToken, id: r.body.account.id };
  };
  return {
    ctx,
    server,
    call,
    login,
    join,
    close: async () => {
      await server.close();
      await ctx.close();
      await database.cleanup();
    },
  };
}

/** A CSV of partner data (count and denominator per gemeente) and its mapping, as the upload body. */
export function partnerUpload(
  rows: { gemeente: string; count: number; denominator: number }[],
  options: { indicator?: string; period?: string; fileName?: string } = {},
) {
  const indicator = options.indicator ?? 'covid-ziekenhuisopnames';
  const period = options.period ?? '2023';
  const csv = [
    'indicator,regiocode,periode,teller,noemer',
    ...rows.map((r) => `${indicator},${r.gemeente},${period},${r.count},${r.denominator}`),
  ].join('\n');
  return {
    fileName: options.fileName ?? 'partner.csv',
    contentBase64: Buffer.from(csv).toString('base64'),
    mapping: {
      indicator: { column: 'indicator' },
      region: { column: 'regiocode' },
      period: { column: 'periode' },
      count: { column: 'teller' },
      denominator: { column: 'noemer' },
    },
  };
}
