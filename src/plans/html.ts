// The regioplan as one printable HTML page (for the PDF): plain language, every chart also as a table, no scripts,
// no external resources. Pure.
import type { Text } from '../indicators/schema.ts';
import type { Action, Evaluation, Goal, Kernopgave } from './document.ts';
import { STATUS_RULE } from './monitoring.ts';
import { formatDate, formatNumber, formatPeriod, goalSentences } from './plainLanguage.ts';
import type { GoalView } from './view.ts';
import {
  ACTION_TYPE_LABELS,
  CARE_SHIFT_FORM_LABELS,
  DECISION_LABELS,
  MILESTONE_LABELS,
  PAYMENT_LABELS,
  PDCA_LABELS,
} from './vocabulary.ts';

export interface PrintablePlan {
  workspace: { name: string; region: { code: string | null; name: string } };
  plan: { title: string; summary: string; updatedAt: string | null };
  organisations: { id: string; name: string }[];
  kernopgaven: (Kernopgave & { goals: (Goal & GoalView)[]; actions: Action[] })[];
  evaluations: Evaluation[];
}

type Lang = 'nl' | 'en';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const words = {
  nl: {
    lang: 'nl',
    region: 'Regio',
    partners: 'Partners',
    printed: 'Afgedrukt op',
    kernopgave: 'Kernopgave',
    goals: 'Doelen',
    actions: 'Acties',
    noGoals: 'Nog geen doelen.',
    noActions: 'Nog geen acties.',
    indicator: 'Indicator',
    baseline: 'Uitgangswaarde',
    target: 'Streefwaarde',
    latest: 'Laatste meting',
    status: 'Status',
    owner: 'Eigenaar',
    notSmart: 'Nog niet SMART',
    type: 'Soort',
    forms: 'Vorm van verplaatsing',
    responsible: 'Verantwoordelijk',
    payment: 'Bekostiging',
    milestones: 'Mijlpalen',
    milestone: 'Mijlpaal',
    due: 'Datum',
    evaluations: 'Evaluaties en besluiten',
    noEvaluations: 'Nog geen evaluatiemomenten.',
    rule: 'Hoe de status wordt bepaald',
    period: 'Periode',
    value: 'Waarde',
    interval: '95%-interval',
    chartTitle: 'Waarden en de lijn naar het doel',
    sources:
      'Cijfers: open data (CBS, RIVM) en partnergegevens van de werkruimte (beschermd: afgerond met ruis en onderdrukt bij kleine aantallen). Bron per cijfer: Juiste Plek.',
    none: '–',
  },
  en: {
    lang: 'en',
    region: 'Region',
    partners: 'Partners',
    printed: 'Printed on',
    kernopgave: 'Core task',
    goals: 'Goals',
    actions: 'Actions',
    noGoals: 'No goals yet.',
    noActions: 'No actions yet.',
    indicator: 'Indicator',
    baseline: 'Baseline',
    target: 'Target',
    latest: 'Latest value',
    status: 'Status',
    owner: 'Owner',
    notSmart: 'Not SMART yet',
    type: 'Type',
    forms: 'Form of moving care',
    responsible: 'Responsible',
    payment: 'Payment',
    milestones: 'Milestones',
    milestone: 'Milestone',
    due: 'Date',
    evaluations: 'Evaluations and decisions',
    noEvaluations: 'No evaluation moments yet.',
    rule: 'How the status is determined',
    period: 'Period',
    value: 'Value',
    interval: '95% interval',
    chartTitle: 'Values and the line towards the goal',
    sources:
      'Figures: open data (CBS, RIVM) and the workspace’s partner data (protected: perturbed and suppressed for small numbers). Source of every figure: Juiste Plek.',
    none: '–',
  },
} as const;

const t = (text: Text, lang: Lang) => esc(text[lang] || text.nl);

/** A small line chart as inline SVG: observed values with their interval, and the dashed line to the target. */
export function goalChart(goal: Goal & GoalView, lang: Lang): string {
  const points = goal.points;
  const line = goal.progress.line;
  if (points.length === 0 && line.length === 0) return '';
  const W = 520;
  const H = 180;
  const pad = { l: 56, r: 16, t: 12, b: 28 };
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const xs = [...points.map((p) => day(p.date)), ...line.map((l) => day(l.date))];
  const ys = [
    ...points.flatMap((p) => [p.value, p.lower ?? p.value, p.upper ?? p.value]),
    ...line.map((l) => l.value),
  ];
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  if (y0 === y1) [y0, y1] = [y0 - 1, y1 + 1];
  const margin = (y1 - y0) * 0.1;
  y0 -= margin;
  y1 += margin;
  const xPos = (d: number) => pad.l + ((d - x0) / (x1 - x0 || 1)) * (W - pad.l - pad.r);
  const yPos = (v: number) => pad.t + (1 - (v - y0) / (y1 - y0)) * (H - pad.t - pad.b);
  const decimals = goal.indicator?.decimals ?? 1;
  const fmt = (v: number) => formatNumber(v, decimals, lang);
  const parts: string[] = [];
  for (const tick of [y0 + margin, (y0 + y1) / 2, y1 - margin]) {
    parts.push(
      `<line x1="${pad.l}" x2="${W - pad.r}" y1="${yPos(tick).toFixed(1)}" y2="${yPos(tick).toFixed(1)}" stroke="#ddd"/>`,
      `<text x="${pad.l - 6}" y="${(yPos(tick) + 4).toFixed(1)}" text-anchor="end" font-size="10">${esc(fmt(tick))}</text>`,
    );
  }
  if (line.length === 2) {
    const [a, b] = line as [(typeof line)[0], (typeof line)[0]];
    parts.push(
      `<line x1="${xPos(day(a.date)).toFixed(1)}" y1="${yPos(a.value).toFixed(1)}" x2="${xPos(day(b.date)).toFixed(1)}" y2="${yPos(b.value).toFixed(1)}" stroke="#8a4f00" stroke-width="2" stroke-dasharray="6 4"/>`,
      `<circle cx="${xPos(day(b.date)).toFixed(1)}" cy="${yPos(b.value).toFixed(1)}" r="4" fill="none" stroke="#8a4f00" stroke-width="2"/>`,
    );
  }
  for (const p of points) {
    const x = xPos(day(p.date)).toFixed(1);
    if (p.lower !== null && p.upper !== null)
      parts.push(
        `<line x1="${x}" x2="${x}" y1="${yPos(p.lower).toFixed(1)}" y2="${yPos(p.upper).toFixed(1)}" stroke="#154273" stroke-width="1.5"/>`,
      );
    parts.push(
      `<circle cx="${x}" cy="${yPos(p.value).toFixed(1)}" r="4" fill="${p.partial ? '#fff' : '#154273'}" stroke="#154273" stroke-width="1.5"/>`,
      `<text x="${x}" y="${H - 10}" text-anchor="middle" font-size="10">${esc(formatPeriod(p.period, lang))}</text>`,
    );
  }
  return `<svg role="img" aria-label="${esc(words[lang].chartTitle)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" class="chart">${parts.join('')}</svg>`;
}

function goalBlock(goal: Goal & GoalView, names: Map<string, string>, lang: Lang): string {
  const w = words[lang];
  const i = goal.indicator;
  const fmt = (v: number | null) =>
    v === null || !i ? w.none : `${esc(formatNumber(v, i.decimals, lang))} ${t(i.unit, lang)}`;
  const sentences = goalSentences(goal, goal)
    .map((s) => t(s, lang))
    .join(' ');
  const smart = goal.smart.smart
    ? ''
    : `<p class="warn"><strong>${w.notSmart}:</strong> ${goal.smart.reasons.map((r) => esc(r[lang])).join(' ')}</p>`;
  const rows = goal.points
    .map(
      (p) =>
        `<tr><td>${esc(formatPeriod(p.period, lang))}${p.partial ? ' *' : ''}</td><td class="num">${fmt(p.value)}</td><td class="num">${p.lower !== null && p.upper !== null ? `${esc(formatNumber(p.lower, i?.decimals ?? 1, lang))} – ${esc(formatNumber(p.upper, i?.decimals ?? 1, lang))}` : w.none}</td></tr>`,
    )
    .join('');
  return `<section class="goal">
  <h4>${esc(goal.title)} <span class="status status-${goal.progress.status}">${t(goal.progress.label, lang)}</span></h4>
  <p>${sentences}</p>
  ${smart}
  <table class="facts"><tbody>
    <tr><th scope="row">${w.indicator}</th><td>${i ? t(i.name, lang) : w.none}${goal.measureSource === 'partner' ? ` (${lang === 'nl' ? 'partnergegevens' : 'partner data'})` : ''}</td></tr>
    <tr><th scope="row">${w.baseline}</th><td>${fmt(goal.baseline.value)}${goal.baseline.period ? ` (${esc(formatPeriod(goal.baseline.period, lang))})` : ''}</td></tr>
    <tr><th scope="row">${w.target}</th><td>${fmt(goal.target.value)}${goal.target.date ? ` (${esc(formatDate(goal.target.date, lang))})` : ''}</td></tr>
    <tr><th scope="row">${w.owner}</th><td>${goal.ownerOrganisationId ? esc(names.get(goal.ownerOrganisationId) ?? goal.ownerOrganisationId) : w.none}</td></tr>
  </tbody></table>
  ${goalChart(goal, lang)}
  ${rows ? `<table class="data"><caption>${esc(w.chartTitle)}</caption><thead><tr><th scope="col">${w.period}</th><th scope="col">${w.value}</th><th scope="col">${w.interval}</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
</section>`;
}

function actionBlock(action: Action, names: Map<string, string>, lang: Lang): string {
  const w = words[lang];
  const milestones = action.milestones.length
    ? `<table class="data"><caption>${w.milestones}</caption><thead><tr><th scope="col">${w.milestone}</th><th scope="col">${w.due}</th><th scope="col">${w.status}</th></tr></thead><tbody>${action.milestones
        .map(
          (m) =>
            `<tr><td>${esc(m.title)}</td><td>${esc(formatDate(m.due, lang))}</td><td>${t(MILESTONE_LABELS[m.status], lang)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '';
  return `<section class="action">
  <h4>${esc(action.title)}</h4>
  ${action.description ? `<p>${esc(action.description)}</p>` : ''}
  <table class="facts"><tbody>
    <tr><th scope="row">${w.type}</th><td>${t(ACTION_TYPE_LABELS[action.type], lang)}</td></tr>
    <tr><th scope="row">${w.forms}</th><td>${action.forms.map((f) => t(CARE_SHIFT_FORM_LABELS[f], lang)).join(', ') || w.none}</td></tr>
    <tr><th scope="row">${w.responsible}</th><td>${action.responsibleOrganisationIds.map((o) => esc(names.get(o) ?? o)).join(', ') || w.none}</td></tr>
    <tr><th scope="row">${w.payment}</th><td>${action.payment.arrangement ? t(PAYMENT_LABELS[action.payment.arrangement], lang) : w.none}${action.payment.note ? ` – ${esc(action.payment.note)}` : ''}</td></tr>
  </tbody></table>
  ${milestones}
</section>`;
}

export function renderPlanHtml(plan: PrintablePlan, lang: Lang, options: { public: boolean }): string {
  const w = words[lang];
  const names = new Map(plan.organisations.map((o) => [o.id, o.name]));
  const titles = new Map<string, string>();
  for (const k of plan.kernopgaven) {
    titles.set(k.id, k.title);
    for (const g of k.goals) titles.set(g.id, g.title);
    for (const a of k.actions) titles.set(a.id, a.title);
  }
  const kernopgaven = plan.kernopgaven
    .map(
      (k) => `<section class="kernopgave">
  <h2>${w.kernopgave} ${k.position}: ${esc(k.title)}</h2>
  ${k.description ? `<p>${esc(k.description)}</p>` : ''}
  <h3>${w.goals}</h3>
  ${k.goals.map((g) => goalBlock(g, names, lang)).join('') || `<p>${w.noGoals}</p>`}
  <h3>${w.actions}</h3>
  ${k.actions.map((a) => actionBlock(a, names, lang)).join('') || `<p>${w.noActions}</p>`}
</section>`,
    )
    .join('');
  const evaluations = options.public
    ? ''
    : `<section><h2>${w.evaluations}</h2>${
        plan.evaluations
          .map(
            (e) =>
              `<section class="evaluation"><h3>${esc(formatDate(e.heldOn, lang))} – ${t(PDCA_LABELS[e.phase], lang)}</h3>${e.notes ? `<p>${esc(e.notes)}</p>` : ''}${
                e.decisions.length
                  ? `<ul>${e.decisions.map((d) => `<li><strong>${t(DECISION_LABELS[d.decision], lang)}</strong>: ${esc(titles.get(d.subject.id) ?? d.subject.id)}${d.note ? ` – ${esc(d.note)}` : ''}</li>`).join('')}</ul>`
                  : ''
              }</section>`,
          )
          .join('') || `<p>${w.noEvaluations}</p>`
      }</section>`;
  return `<!doctype html>
<html lang="${w.lang}"><head><meta charset="utf-8"><title>${esc(plan.plan.title)}</title>
<style>
  body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111; }
  h1 { font-size: 20pt; margin: 0 0 4pt; color: #154273; }
  h2 { font-size: 14pt; margin: 18pt 0 6pt; color: #154273; border-bottom: 1px solid #154273; break-after: avoid; }
  h3 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; }
  h4 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }
  .meta { color: #444; margin: 0 0 10pt; }
  .goal, .action, .evaluation { break-inside: avoid; margin-bottom: 10pt; }
  table { border-collapse: collapse; margin: 4pt 0 8pt; }
  th, td { text-align: left; padding: 2pt 8pt 2pt 0; vertical-align: top; }
  .data th, .data td { border-bottom: 1px solid #ccc; }
  caption { text-align: left; font-weight: bold; padding-bottom: 2pt; }
  .num { text-align: right; }
  .status { font-size: 9pt; font-weight: normal; padding: 1pt 5pt; border: 1px solid; border-radius: 3pt; }
  .status-achieved, .status-on-track { color: #0b5d1e; }
  .status-off-track { color: #a4000f; }
  .status-no-new-data, .status-no-data { color: #444; }
  .warn { color: #8a4f00; }
  .chart { display: block; margin: 4pt 0; }
  .rule { font-size: 9pt; color: #333; }
</style></head>
<body>
<h1>${esc(plan.plan.title)}</h1>
<p class="meta">${w.region}: ${esc(plan.workspace.region.name)}${plan.workspace.region.code ? ` (${esc(plan.workspace.region.code)})` : ''} · ${w.partners}: ${esc(plan.organisations.map((o) => o.name).join(', ') || w.none)} · ${w.printed} ${esc(formatDate(new Date().toISOString().slice(0, 10), lang))}</p>
${plan.plan.summary ? `<p>${esc(plan.plan.summary)}</p>` : ''}
${kernopgaven}
${evaluations}
<section><h2>${w.rule}</h2><p class="rule">${esc(STATUS_RULE[lang])}</p><p class="rule">${esc(w.sources)}</p></section>
</body></html>`;
}
