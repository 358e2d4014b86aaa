// Suggested codes of the kennisagenda: training time on the labelled examples of seed 004, suggestion latency
// (p95) in process and through the API, and the cross-validated figures next to the keyword baseline (which is
// also the reference for the latency: scoring without a trained model).
import type { Actor } from '../src/access/actor.ts';
import { createAdmin } from '../src/accounts/service.ts';
import { openApp } from '../src/app/context.ts';
import { configFromEnv } from '../src/config.ts';
import { KNOWLEDGE_THEMES } from '../src/jzojp/vocabulary.ts';
import { baselineScores } from '../src/kennisagenda/baseline.ts';
import { loadTaxonomyFile } from '../src/kennisagenda/catalogFiles.ts';
import { suggest, train } from '../src/kennisagenda/classifier.ts';
import { crossValidate } from '../src/kennisagenda/evaluation.ts';
import { baselineFor, examplesForTraining, grant } from '../src/kennisagenda/service/index.ts';
import { buildServer } from '../src/server/app.ts';
import { median, ms, percentile, report, time } from './measure.ts';

const pct = (v: number | null) => (v === null ? '–' : `${(100 * v).toFixed(1)}%`);

export default async function (): Promise<void> {
  const examples = examplesForTraining();
  const baseline = baselineFor(loadTaxonomyFile());
  const trainings: number[] = [];
  let model = train(examples, KNOWLEDGE_THEMES);
  for (let i = 0; i < 5; i++) {
    const run = await time(() => train(examples, KNOWLEDGE_THEMES));
    trainings.push(run.ms);
    model = run.result;
  }
  report(`training, ${examples.length} examples (median of 5)`, ms(median(trainings)));

  const texts = examples.map((e) => e.text);
  const inProcess: number[] = [];
  const reference: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const text = texts[i % texts.length]!;
    inProcess.push((await time(() => suggest(model, text))).ms);
    reference.push((await time(() => baselineScores(baseline, text))).ms);
  }
  report('suggestion p95, in process', ms(percentile(inProcess, 95)));
  report('  reference: keyword baseline p95, in process', ms(percentile(reference, 95)));

  const ctx = await openApp(
    { ...configFromEnv(), dataDir: 'memory://', databaseUrl: undefined },
    { loadData: false },
  );
  const server = await buildServer(ctx);
  try {
    const admin = await createAdmin(ctx.db, 'bench@example.nl', 'bench-wachtwoord-1');
    const actor: Actor = { account: { id: admin.id, email: admin.email, platformAdmin: true }, ip: null };
    await grant(ctx, actor, { email: 'codeur@example.nl', role: 'codeur', password: 'bench-wachtwoord-1' });
    const login = await server.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'codeur@example.nl', password: 'bench-wachtwoord-1' },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const headers = { cookie, 'x-csrf-token': login.json().csrfToken as string };
    const post = (text: string) =>
      server.inject({ method: 'POST', url: '/api/kennisagenda/suggest', headers, payload: { text } });
    await post('opwarmen');
    const api: number[] = [];
    const health: number[] = [];
    for (let i = 0; i < 200; i++) {
      api.push((await time(() => post(texts[i % texts.length]!))).ms);
      health.push(
        (await time(() => server.inject({ method: 'GET', url: '/api/kennisagenda/me', headers }))).ms,
      );
    }
    report('suggestion p95, POST /api/kennisagenda/suggest', ms(percentile(api, 95)));
    report('  reference: GET /api/kennisagenda/me p95 (session + roles)', ms(percentile(health, 95)));
  } finally {
    await server.close();
    await ctx.close();
  }

  const evaluation = await time(() => crossValidate(examples, KNOWLEDGE_THEMES, baseline));
  const e = evaluation.result;
  report(`cross-validation (${e.k}-fold, seed ${e.seed})`, ms(evaluation.ms));
  report(
    '  classifier top-1 / top-3 accuracy',
    `${pct(e.classifier.top1Accuracy)} / ${pct(e.classifier.top3Accuracy)}`,
  );
  report('  classifier macro-F1', (e.classifier.macroF1 ?? 0).toFixed(3));
  report(
    '  keyword baseline top-1 / top-3 accuracy',
    `${pct(e.baseline.top1Accuracy)} / ${pct(e.baseline.top3Accuracy)}`,
  );
  report('  keyword baseline macro-F1', (e.baseline.macroF1 ?? 0).toFixed(3));
}
