// Every version of the plan (who, when, what) and the comparison of two of them.
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { Change } from '../../plans/versions.ts';
import type { VersionInfo } from '../../plans/views.ts';
import { FormField } from '../components/FormField.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { useI18n } from '../i18n/index.tsx';
import { fetchJson, useFresh } from '../lib/http.ts';
import { Alert, useFormat } from './common.tsx';

const show = (v: unknown) => {
  if (v === undefined) return '';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 160)}…` : s;
};

/** A choice of one version, by its number, for the comparison. */
function VersionSelect({
  label,
  name,
  list,
  defaultValue,
}: {
  label: string;
  name: 'from' | 'to';
  list: VersionInfo[];
  defaultValue: number;
}) {
  return (
    <FormField label={label}>
      {(control) => (
        <select
          {...control}
          name={name}
          defaultValue={defaultValue}
          className="utrecht-select utrecht-select--html-select"
        >
          {list.map((v) => (
            <option key={v.number} value={v.number}>
              {v.number}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

export function VersionsSection({ base, stamp }: { base: string; stamp: string }) {
  const captionId = useId();
  const { t } = useI18n();
  const f = useFormat();
  const versions = useFresh<VersionInfo[]>(`${base}/versions`);
  const { reload } = versions;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the plan changed
  useEffect(() => reload(), [stamp]);
  const [diff, setDiff] = useState<{ changes: Change[]; from: number; to: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = versions.data ?? [];
  const compare = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    try {
      const answer = await fetchJson<{ changes: Change[]; from: VersionInfo; to: VersionInfo }>(
        `${base}/versions/compare?from=${form.get('from')}&to=${form.get('to')}`,
      );
      setDiff({ changes: answer.changes, from: answer.from.number, to: answer.to.number });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section id="versies" className="jp-section" aria-labelledby="versions-title">
      <h2 id="versions-title" className="utrecht-heading-2">
        {t.plans.versionsTitle}
      </h2>
      {list.length === 0 ? (
        <p className="utrecht-paragraph">{t.plans.noVersions}</p>
      ) : (
        <>
          <details className="jp-details">
            <summary>{t.plans.versionsList(list.length)}</summary>
            <ol className="jp-plan-list" reversed>
              {list.map((v) => (
                <li key={v.number}>
                  {t.plans.versionLine(v.number, v.summary, v.authorEmail ?? '–', f.time(v.at))}
                </li>
              ))}
            </ol>
          </details>
          {list.length > 1 && (
            <form onSubmit={compare} className="jp-form jp-form-row jp-no-print">
              <VersionSelect
                label={t.plans.compareFrom}
                name="from"
                list={list}
                defaultValue={list[1]!.number}
              />
              <VersionSelect label={t.plans.compareTo} name="to" list={list} defaultValue={list[0]!.number} />
              <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                {t.plans.compare}
              </button>
            </form>
          )}
          {error && <Alert kind="error">{error}</Alert>}
          {diff && (
            <TableScroll labelledBy={captionId}>
              <table className="utrecht-table utrecht-table--html-table jp-table">
                <caption id={captionId} className="utrecht-table__caption">
                  {t.plans.changesCaption(diff.from, diff.to, diff.changes.length)}
                </caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">
                      {t.plans.changeWhat}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t.plans.changeKind}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t.plans.before}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t.plans.after}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {diff.changes.map((c) => (
                    <tr key={`${c.kind}:${c.path}`} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__header-cell jp-table__row-header jp-break">
                        {c.path}
                      </th>
                      <td className="utrecht-table__cell">{t.plans.changeKinds[c.kind]}</td>
                      <td className="utrecht-table__cell jp-break">{show(c.before)}</td>
                      <td className="utrecht-table__cell jp-break">{show(c.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </section>
  );
}
