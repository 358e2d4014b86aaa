// Pieces the regioplan pages share: status badges, alerts, number formats, the goal chart with its table, and
// the types of the API's answers (from the server's own modules, type-only).
import type { GoalAnswer, PlanAnswer, RoundAnswer } from '../../plans/api.ts';
import type { Action, Evaluation, Goal, Kernopgave } from '../../plans/document.ts';
import type { MeasurePoint } from '../../plans/measures.ts';
import { formatNumber, formatPeriod } from '../../plans/plainLanguage.ts';
import type { IndicatorBrief } from '../../plans/view.ts';
import { DataTable } from '../components/DataTable.tsx';
import { useI18n } from '../i18n/index.tsx';
import type { Text } from '../lib/api.ts';

export type { Action, Evaluation, Goal, Kernopgave, MeasurePoint };

/** The API's answers, from the plan model (src/plans/api.ts), never re-declared here. */
export type PlanView = PlanAnswer;
export type GoalInPlan = GoalAnswer;
export type RoundInfo = RoundAnswer & { submissions?: number; publicLink?: string };
export type Organisation = PlanAnswer['organisations'][number];

export function StatusBadge({ status, label }: { status: string; label: Text }) {
  const { text } = useI18n();
  return <span className={`jp-status jp-status--${status}`}>{text(label)}</span>;
}

export function Alert({ kind, children }: { kind: 'error' | 'ok'; children: React.ReactNode }) {
  return (
    <div
      className={`utrecht-alert ${kind === 'error' ? 'utrecht-alert--error' : 'utrecht-alert--ok'} jp-alert`}
      role={kind === 'error' ? 'alert' : 'status'}
    >
      <p className="utrecht-alert__message">{children}</p>
    </div>
  );
}

export function useFormat() {
  const { lang } = useI18n();
  return {
    number: (v: number | null | undefined, decimals = 1) =>
      v === null || v === undefined ? '–' : formatNumber(v, decimals, lang),
    period: (code: string | null | undefined) => (code ? formatPeriod(code, lang) : '–'),
    date: (iso: string | null | undefined) =>
      iso
        ? new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
            day: 'numeric',
            month: 'long',
            year: 'numeric',
          })
        : '–',
    time: (iso: string) =>
      new Date(iso).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
        dateStyle: 'medium',
        timeStyle: 'short',
      }),
  };
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** The goal's values with their 95% interval and the dashed line from baseline to target; a table below. */
export function GoalChart({
  points,
  line,
  indicator,
  title,
}: {
  points: MeasurePoint[];
  line: { date: string; value: number }[];
  indicator: IndicatorBrief | null;
  title: string;
}) {
  const { t, text } = useI18n();
  const f = useFormat();
  const decimals = indicator?.decimals ?? 1;
  if (points.length === 0 && line.length === 0) return null;
  const W = 640;
  const H = 240;
  const pad = { l: 64, r: 20, t: 14, b: 34 };
  const xs = [...points.map((p) => day(p.date)), ...line.map((l) => day(l.date))];
  const ys = [
    ...points.flatMap((p) => [p.value, p.lower ?? p.value, p.upper ?? p.value]),
    ...line.map((l) => l.value),
  ];
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  if (y0 === y1) [y0, y1] = [y0 - 1, y1 + 1];
  const m = (y1 - y0) * 0.1;
  y0 -= m;
  y1 += m;
  const xPos = (d: number) => pad.l + ((d - x0) / (x1 - x0 || 1)) * (W - pad.l - pad.r);
  const yPos = (v: number) => pad.t + (1 - (v - y0) / (y1 - y0)) * (H - pad.t - pad.b);
  const ticks = [y0 + m, (y0 + y1) / 2, y1 - m];
  const label = t.plans.chartLabel(
    title,
    points.map((p) => `${f.period(p.period)}: ${f.number(p.value, decimals)}`).join('; '),
    line.length === 2 ? f.number(line[1]!.value, decimals) : '–',
  );
  return (
    <figure className="jp-goal-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="jp-goal-chart__svg">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={pad.l} x2={W - pad.r} y1={yPos(tick)} y2={yPos(tick)} stroke="#d0d0d0" />
            <text x={pad.l - 6} y={yPos(tick) + 4} textAnchor="end" fontSize="12" fill="#333">
              {f.number(tick, decimals)}
            </text>
          </g>
        ))}
        {line.length === 2 && (
          <g>
            <line
              x1={xPos(day(line[0]!.date))}
              y1={yPos(line[0]!.value)}
              x2={xPos(day(line[1]!.date))}
              y2={yPos(line[1]!.value)}
              stroke="#8a4f00"
              strokeWidth="2"
              strokeDasharray="6 4"
            />
            <circle
              cx={xPos(day(line[1]!.date))}
              cy={yPos(line[1]!.value)}
              r="5"
              fill="none"
              stroke="#8a4f00"
              strokeWidth="2"
            />
          </g>
        )}
        {points.map((p) => (
          <g key={p.period}>
            {p.lower !== null && p.upper !== null && (
              <line
                x1={xPos(day(p.date))}
                x2={xPos(day(p.date))}
                y1={yPos(p.lower)}
                y2={yPos(p.upper)}
                stroke="#154273"
                strokeWidth="2"
              />
            )}
            <circle
              cx={xPos(day(p.date))}
              cy={yPos(p.value)}
              r="5"
              fill={p.partial ? '#fff' : '#154273'}
              stroke="#154273"
              strokeWidth="2"
            />
            <text x={xPos(day(p.date))} y={H - 12} textAnchor="middle" fontSize="12" fill="#333">
              {f.period(p.period)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="jp-chart-note">{t.plans.chartLegend}</figcaption>
      <DataTable
        caption={t.plans.valuesCaption(title)}
        rows={points}
        rowKey={(p) => p.period}
        columns={[
          {
            key: 'p',
            header: t.common.period,
            cell: (p) => `${f.period(p.period)}${p.partial ? ` ${t.common.partialMark}` : ''}`,
            rowHeader: true,
          },
          {
            key: 'v',
            header: `${t.common.value}${indicator ? ` (${text(indicator.unit)})` : ''}`,
            cell: (p) => f.number(p.value, decimals),
            numeric: true,
          },
          { key: 'l', header: t.common.lower, cell: (p) => f.number(p.lower, decimals), numeric: true },
          { key: 'u', header: t.common.upper, cell: (p) => f.number(p.upper, decimals), numeric: true },
        ]}
      />
    </figure>
  );
}
