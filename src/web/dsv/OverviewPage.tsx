// /samenwerkingsverbanden/overzicht/{year}: the national overview of a published round (public) — per question the
// distribution with its own n, "score 4 or 5", the per-collaboration battery means rounded to the nearest category,
// the characteristics of the collaborations with cross-tabs, every percentage with its denominator, small groups
// suppressed with the reason; downloadable as CSV with metadata. With `own` (the benchmark page) the collaboration's
// own answers stand next to the national distribution.
import type { ItemSummary } from '../../dsv/overview.ts';
import type { Answer, ItemDefinition, QuestionnaireDefinition } from '../../dsv/questionnaire.ts';
import { GOVERNANCE_LABELS, IZA_TARGET_GROUP_LABELS, PARTNER_TYPE_LABELS } from '../../dsv/vocabulary.ts';
import type { Text } from '../../indicators/schema.ts';
import { ACTION_TYPE_LABELS, QUINTUPLE_AIM_LABELS } from '../../jzojp/vocabulary.ts';
import { DataTable } from '../components/DataTable.tsx';
import { ExportButton } from '../components/ExportButton.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import type { ExportSpec } from '../lib/exportZip.ts';
import { useFresh } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { Link } from '../router.tsx';
import { BatteryChart } from './BatteryChart.tsx';
import { CollaborationMap } from './CollaborationMap.tsx';
import {
  type Benchmark,
  type CollaborationListItem,
  dsvApi,
  type NationalOverview,
  Notice,
  pagePath,
  usePercent,
} from './common.tsx';
import { type DsvTexts, useDsvTexts } from './texts.ts';
import './dsv.css';

export default function OverviewPage({ year }: { year: number }) {
  const overview = useFresh<NationalOverview>(dsvApi.overview(year));
  const { d } = useDsvTexts();
  useTitle(d.overviewTitle(year));
  if (overview.error) return <ErrorMessage error={overview.error} />;
  if (!overview.data) return <Loading />;
  return <Overview overview={overview.data} />;
}

export function BenchmarkPage({ id, year }: { id: string; year: number }) {
  const b = useFresh<Benchmark>(dsvApi.benchmark(id, year));
  const { d } = useDsvTexts();
  useTitle(d.ownTitle);
  if (b.error) return <ErrorMessage error={b.error} />;
  if (!b.data) return <Loading />;
  return <Overview overview={b.data.overview} own={b.data} />;
}

const labelOf = (definition: QuestionnaireDefinition, item: ItemDefinition, value: string): Text | null => {
  if (item.kind === 'scale') return definition.scales[item.scale!]!.labels[value] ?? null;
  return item.options!.find((o) => o.id === value)?.label ?? null;
};

function exportSpec(o: NationalOverview, d: DsvTexts, text: (t: Text) => string): ExportSpec {
  const def = o.definition;
  return {
    fileBase: `dsv-overzicht-${o.round.year}`,
    title: d.overviewTitle(o.round.year),
    description: d.overviewLead(o.questionnaire.respondents),
    indicators: [],
    snapshots: [`dsv-ronde:${o.round.year}:gepubliceerd:${o.round.publishedAt ?? ''}`],
    methods: o.method.map(text),
    tables: [
      {
        name: 'verdeling-per-vraag',
        title: d.distributionCaption(text(def.title)),
        columns: [
          'ronde',
          'onderdeel',
          'vraag',
          'vraagtekst',
          'antwoord',
          'label',
          'aantal',
          'procent',
          'n',
          'niet_van_toepassing',
          'leeg',
          'onderdrukt_reden',
        ],
        rows: o.questionnaire.items.flatMap((s) => {
          const item = def.items.find((i) => i.id === s.item)!;
          return s.distribution.map((x) => [
            o.round.year,
            item.section,
            item.id,
            text(item.text),
            x.value,
            text(labelOf(def, item, x.value) ?? { nl: '', en: '' }) || null,
            x.count,
            x.percent,
            s.n,
            s.notApplicable,
            s.missing,
            s.reason ? text(s.reason) : null,
          ]);
        }),
      },
      {
        name: 'gemiddelden-per-onderdeel',
        title: d.meansCaption(''),
        columns: ['ronde', 'onderdeel', 'categorie', 'aantal', 'procent', 'n', 'onderdrukt_reden'],
        rows: o.questionnaire.batteries.flatMap((b) =>
          b.roundedMeans.map((x) => [
            o.round.year,
            b.section,
            x.value,
            x.count,
            x.percent,
            b.n,
            b.reason ? text(b.reason) : null,
          ]),
        ),
      },
    ],
  };
}

function Overview({ overview: o, own }: { overview: NationalOverview; own?: Benchmark }) {
  const { d, text, href } = useDsvTexts();
  const pct = usePercent();
  const def = o.definition;
  const year = o.round.year;
  const summary = (id: string) => o.questionnaire.items.find((s) => s.item === id)!;
  const showOwn = (a: Answer | undefined) =>
    a === undefined
      ? d.notAnswered
      : typeof a === 'object' && !Array.isArray(a)
        ? d.notApplicable
        : Array.isArray(a)
          ? a.join(', ')
          : String(a);

  return (
    <div className="jp-page jp-dsv" data-overview={year}>
      <p className="jp-pre-heading">
        <Link
          href={href(own ? pagePath.one(own.collaborationId) : pagePath.register)}
          className="utrecht-link"
        >
          {own ? d.questionnaireTitle : d.registerTitle}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{own ? d.ownTitle : d.overviewTitle(year)}</h1>
      <p className="utrecht-paragraph jp-lead">{d.overviewLead(o.questionnaire.respondents)}</p>
      {!own && <ExportButton label={d.download} build={() => exportSpec(o, d, text)} />}
      <details className="jp-dsv-method">
        <summary>{d.methodTitle}</summary>
        <ul>
          {o.method.map((m) => (
            <li key={m.nl}>{text(m)}</li>
          ))}
        </ul>
      </details>

      {def.sections.map((section) => {
        const items = def.items.filter((i) => i.section === section.id);
        const battery = o.questionnaire.batteries.find((b) => b.section === section.id);
        const scale = section.battery ? def.scales[section.battery.scale]! : null;
        const ownBattery = own?.own.batteries.find((b) => b.section === section.id);
        return (
          <section key={section.id} aria-labelledby={`ov-${section.id}`} data-overview-section={section.id}>
            <h2 id={`ov-${section.id}`} className="utrecht-heading-2">
              {text(section.title)}
            </h2>
            {scale ? (
              <DataTable
                caption={d.distributionCaption(text(section.title))}
                rows={items.map((i) => ({ item: i, s: summary(i.id) }))}
                rowKey={(r) => r.item.id}
                columns={[
                  { key: 'q', header: d.question, cell: (r) => text(r.item.text), rowHeader: true },
                  ...(own
                    ? [
                        {
                          key: 'own',
                          header: d.own,
                          cell: (r: { item: ItemDefinition }) => showOwn(own.own.answers[r.item.id]),
                        },
                      ]
                    : []),
                  { key: 'n', header: d.nCol, cell: (r) => r.s.n, numeric: true },
                  {
                    key: 'top',
                    header: d.topBox(scale.topBox),
                    cell: (r) =>
                      r.s.suppressed ? (
                        <Suppressed s={r.s} />
                      ) : (
                        pct(r.s.topBox!.percent, r.s.topBox!.denominator)
                      ),
                  },
                  ...Array.from({ length: scale.max - scale.min + 1 }, (_, k) => String(scale.min + k)).map(
                    (v) => ({
                      key: `v${v}`,
                      header: `${v}${scale.labels[v] ? ` ${text(scale.labels[v])}` : ''}`,
                      numeric: true,
                      cell: (r: { s: ItemSummary }) => {
                        const x = r.s.distribution.find((y) => y.value === v)!;
                        return x.count === null ? '–' : `${x.count}`;
                      },
                    }),
                  ),
                  { key: 'na', header: d.naCol, cell: (r) => r.s.notApplicable, numeric: true },
                  { key: 'm', header: d.missingCol, cell: (r) => r.s.missing, numeric: true },
                ]}
              />
            ) : (
              items.map((item) => {
                const s = summary(item.id);
                return (
                  <DataTable
                    key={item.id}
                    caption={`${text(item.text)} (n = ${s.n}; ${d.naCol}: ${s.notApplicable}; ${d.missingCol}: ${s.missing})`}
                    rows={s.distribution}
                    rowKey={(x) => x.value}
                    columns={[
                      {
                        key: 'a',
                        header: d.answer,
                        cell: (x) => text(labelOf(def, item, x.value) ?? { nl: x.value, en: x.value }),
                        rowHeader: true,
                      },
                      ...(own
                        ? [
                            {
                              key: 'own',
                              header: d.own,
                              cell: (x: { value: string }) => {
                                const a = own.own.answers[item.id];
                                return (Array.isArray(a) ? a.includes(x.value) : a === x.value) ? '✓' : '';
                              },
                            },
                          ]
                        : []),
                      { key: 'c', header: d.count, cell: (x) => x.count ?? '–', numeric: true },
                      {
                        key: 'p',
                        header: d.share,
                        cell: (x) => (s.suppressed ? <Suppressed s={s} /> : pct(x.percent, s.n)),
                      },
                    ]}
                  />
                );
              })
            )}
            {battery && scale && (
              <>
                {ownBattery && (
                  <p className="utrecht-paragraph" data-own-battery={section.id}>
                    {d.ownMean}: {ownBattery.category ?? '–'}
                    {ownBattery.mean !== null && ` (${String(ownBattery.mean).replace('.', ',')})`}
                  </p>
                )}
                <BatteryChart battery={battery} scale={scale} title={text(section.title)} />
                <DataTable
                  caption={`${d.meansCaption(text(section.title))} (n = ${battery.n})`}
                  rows={battery.roundedMeans}
                  rowKey={(x) => x.value}
                  columns={[
                    {
                      key: 'c',
                      header: d.category,
                      cell: (x) =>
                        `${x.value}${scale.labels[x.value] ? ` ${text(scale.labels[x.value]!)}` : ''}`,
                      rowHeader: true,
                    },
                    { key: 'n', header: d.collaborations, cell: (x) => x.count ?? '–', numeric: true },
                    {
                      key: 'p',
                      header: d.share,
                      cell: (x) =>
                        battery.suppressed ? <Suppressed s={battery} /> : pct(x.percent, battery.n),
                    },
                  ]}
                />
                {battery.allAtLeast && (
                  <p className="utrecht-paragraph" data-all-at-least={section.id}>
                    {d.allAtLeast(
                      battery.allAtLeast.from,
                      battery.allAtLeast.count,
                      pct(battery.allAtLeast.percent, battery.allAtLeast.denominator),
                      battery.allAtLeast.denominator,
                    )}
                  </p>
                )}
              </>
            )}
          </section>
        );
      })}
      {!own && <RegisterStats overview={o} />}
      {!own && <RegisterMap />}
    </div>
  );
}

function Suppressed({ s }: { s: { reason: Text | null } }) {
  const { d, text } = useDsvTexts();
  return (
    <span data-suppressed title={s.reason ? text(s.reason) : undefined}>
      {d.suppressed}
      <span className="jp-visually-hidden">: {s.reason ? text(s.reason) : ''}</span>
    </span>
  );
}

function RegisterStats({ overview: o }: { overview: NationalOverview }) {
  const { d, text } = useDsvTexts();
  const pct = usePercent();
  const r = o.register;
  const shareTable = (
    title: string,
    rows: {
      key: string;
      share: {
        count: number | null;
        percent: number | null;
        denominator: number;
        suppressed: boolean;
        reason: Text | null;
      };
    }[],
    label: (k: string) => string,
  ) => (
    <DataTable
      caption={d.sharesCaption(title, r.n)}
      rows={rows}
      rowKey={(x) => x.key}
      columns={[
        { key: 'k', header: title, cell: (x) => label(x.key), rowHeader: true },
        { key: 'c', header: d.count, cell: (x) => x.share.count ?? '–', numeric: true },
        {
          key: 'p',
          header: d.share,
          cell: (x) =>
            x.share.suppressed ? <Suppressed s={x.share} /> : pct(x.share.percent, x.share.denominator),
        },
      ]}
    />
  );
  const org = r.organisations;
  const t = r.governanceBySize;
  return (
    <section aria-labelledby="ov-register">
      <h2 id="ov-register" className="utrecht-heading-2">
        {d.registerStatsTitle}
      </h2>
      {org.suppressed ? (
        <Notice kind="warning">{org.reason ? text(org.reason) : ''}</Notice>
      ) : (
        <p className="utrecht-paragraph">
          {d.orgCounts(
            String(org.mean).replace('.', ','),
            String(org.median).replace('.', ','),
            org.min!,
            org.max!,
            org.n,
          )}{' '}
          {`> 8: ${pct(org.moreThanEight.percent, org.moreThanEight.denominator)}`}
        </p>
      )}
      <DataTable
        caption={d.startYearsCaption(r.n)}
        rows={r.startYears}
        rowKey={(y) => String(y.year)}
        columns={[
          { key: 'y', header: d.startYear, cell: (y) => y.year, rowHeader: true },
          { key: 'c', header: d.collaborations, cell: (y) => y.count ?? d.suppressed, numeric: true },
        ]}
      />
      {shareTable(d.scopeTitle, r.scope, (k) => d.scope[k] ?? k)}
      <p className="utrecht-paragraph">
        {d.matches(
          r.matchesDivision.count,
          pct(r.matchesDivision.percent, r.matchesDivision.denominator),
          r.matchesDivision.denominator,
        )}
      </p>
      <div className="jp-table-scroll">
        <table className="utrecht-table utrecht-table--html-table jp-table">
          <caption className="utrecht-table__caption">{d.governanceCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{d.governanceTitle}</th>
              {t.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
              <th scope="col">{d.total}</th>
            </tr>
          </thead>
          <tbody>
            {t.rows.map((row, i) => (
              <tr key={row}>
                <th scope="row">
                  {row === 'onbekend'
                    ? d.unknown
                    : text(GOVERNANCE_LABELS[row as keyof typeof GOVERNANCE_LABELS])}
                </th>
                {t.columns.map((c, j) => (
                  <td key={c}>
                    {t.counts[i]![j] ?? '–'}
                    {t.rowPercents[i]![j] !== null && ` (${pct(t.rowPercents[i]![j]!, t.rowTotals[i]!)})`}
                  </td>
                ))}
                <td>{t.suppressed ? '–' : t.rowTotals[i]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shareTable(d.payersTitle, r.payers, (k) => d.payerCombination[k] ?? k)}
      {shareTable(d.careShift, r.careShift, (k) =>
        text(ACTION_TYPE_LABELS[k as keyof typeof ACTION_TYPE_LABELS]),
      )}
      {shareTable(d.aims, r.aims, (k) => text(QUINTUPLE_AIM_LABELS[k as keyof typeof QUINTUPLE_AIM_LABELS]))}
      {shareTable(d.targetGroups, r.targetGroups, (k) =>
        text(IZA_TARGET_GROUP_LABELS[k as keyof typeof IZA_TARGET_GROUP_LABELS]),
      )}
      {shareTable(d.partnerTypesTitle, r.partnerTypes, (k) =>
        text(PARTNER_TYPE_LABELS[k as keyof typeof PARTNER_TYPE_LABELS]),
      )}
    </section>
  );
}

/** The register's collaborations by area (all registered ones, not only those that answered this round). */
function RegisterMap() {
  const list = useFresh<{ collaborations: CollaborationListItem[] }>(dsvApi.list());
  if (list.error) return <ErrorMessage error={list.error} />;
  if (!list.data) return <Loading />;
  return <CollaborationMap collaborations={list.data.collaborations} />;
}
