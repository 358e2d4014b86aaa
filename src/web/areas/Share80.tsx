// One sentence on the share aged 80+ next to the population, for every region (issue 12).
import type { ProfileIndicator } from '../../regiobeeld/profileTypes.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatNumber } from '../lib/format.ts';
import { areaTexts } from './texts.ts';

export function Share80({ row }: { row: ProfileIndicator }) {
  const { t, lang } = useI18n();
  if (row.value === null || !row.period) return null;
  const f = (v: number | null) => formatNumber(v, row.decimals, t.locale);
  return (
    <p className="utrecht-paragraph">
      {areaTexts[lang].share80(f(row.value), f(row.national?.value ?? null), t.period(row.period))}
    </p>
  );
}
