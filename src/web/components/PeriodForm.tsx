// Choosing the period of a profile: a small GET form (the URL keeps the choice), submitted with a button.
import { type FormEvent, useId } from 'react';
import type { Profile } from '../../regiobeeld/profileTypes.ts';
import { useI18n } from '../i18n/index.tsx';
import { navigate, useRoute } from '../router.tsx';

export function profilePeriods(profile: Profile): string[] {
  const years = new Set<string>();
  for (const row of profile.indicators)
    for (const p of row.trend.points) if (/^\d{4}$/.test(p.period)) years.add(p.period);
  return [...years].sort().reverse();
}

export function PeriodForm({ periods }: { periods: string[] }) {
  const { t } = useI18n();
  const route = useRoute();
  const id = useId();
  const current = route.query.get('periode') ?? '';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('periode');
    const url = new URL(route.href);
    if (value) url.searchParams.set('periode', String(value));
    else url.searchParams.delete('periode');
    navigate(`${url.pathname}${url.search.replaceAll('%2C', ',')}`, { keepPosition: true });
  };
  if (periods.length === 0) return null;
  return (
    <form className="jp-inline-form" onSubmit={submit}>
      <label htmlFor={id} className="utrecht-form-label">
        {t.profile.periodLabel}
      </label>
      <select
        id={id}
        name="periode"
        defaultValue={current}
        className="utrecht-select utrecht-select--html-select"
      >
        <option value="">{t.profile.periodLatest}</option>
        {periods.map((p) => (
          <option key={p} value={p}>
            {t.period(p)}
          </option>
        ))}
      </select>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action jp-button-small">
        {t.indicator.apply}
      </button>
    </form>
  );
}
