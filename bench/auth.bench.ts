// Cost of authorisation and of privacy protection: a profile request with and without a session cookie, and a
// workspace aggregate with and without cell-key perturbation.
import { createAdmin } from '../src/accounts/service.ts';
import { openApp } from '../src/app/context.ts';
import { configFromEnv } from '../src/config.ts';
import { buildServer } from '../src/server/app.ts';
import { protectedAggregate } from '../src/workspaces/aggregate.ts';
import { median, ms, report, time } from './measure.ts';

export default async function (): Promise<void> {
  const ctx = await openApp({ ...configFromEnv(), dataDir: 'memory://', databaseUrl: undefined });
  const server = await buildServer(ctx);
  try {
    await createAdmin(ctx.db, 'bench@example.nl', 'bench-wachtwoord-1');
    const login = await server.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'bench@example.nl', password: 'bench-wachtwoord-1' },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const url = '/api/regions/ZK04/profile';
    await server.inject({ method: 'GET', url });
    const runs = 15;
    const timings = async (headers: Record<string, string>) => {
      const out: number[] = [];
      for (let i = 0; i < runs; i++)
        out.push((await time(() => server.inject({ method: 'GET', url, headers }))).ms);
      return median(out);
    };
    const without = await timings({});
    const withSession = await timings({ cookie });
    report('profile ZK04 without session (median)', ms(without));
    report('profile ZK04 with session (median)', ms(withSession));
    report('authorisation overhead (ratio with/without)', (withSession / without).toFixed(3));

    const engine = await ctx.engine();
    const indicator = engine.indicator('covid-ziekenhuisopnames')!;
    const gemeenten = engine.regionsOfType('gemeente').map((r) => r.code);
    const rows = gemeenten.map((g, i) => ({
      regionCode: g,
      count: 10 + (i % 90),
      denominator: 5000,
      value: null,
    }));
    const aggregate = (perturb: boolean) =>
      protectedAggregate({
        workspace: 'bench',
        secret: 'secret',
        indicator,
        period: '2023',
        breakdown: 'totaal',
        gemeenten,
        rows,
        perturb,
      });
    const repeat = 50;
    const plain =
      (
        await time(() => {
          for (let i = 0; i < repeat; i++) aggregate(false);
        })
      ).ms / repeat;
    const perturbed =
      (
        await time(() => {
          for (let i = 0; i < repeat; i++) aggregate(true);
        })
      ).ms / repeat;
    report(`aggregate over ${gemeenten.length} gemeenten without perturbation`, ms(plain));
    report(`aggregate over ${gemeenten.length} gemeenten with perturbation`, ms(perturbed));
    report('perturbation cost (ratio)', (perturbed / plain).toFixed(1));
  } finally {
    await server.close();
    await ctx.close();
  }
}
