// One sentence on the share aged 80+ next to the population, for every region (issue 12).
import type { ProfileIndicator } from '../../regiobeeld/profileTypes.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatNumber } from '../lib/format.ts';
import { areaTexts } from './texts.ts';

/** Without a value it says plainly why: kwb, the source of wijken and buurten, has no 80+ group. */
export function Share80({ row, regionType }: { row: ProfileIndicator | undefined; regionType: string }) {
  const { t, lang } = useI18n();
  if (!row || row.value === null || !row.period) {
    const kind =
      regionType === 'wijk'
        ? lang === 'nl'
          ? 'wijk'
          : 'district'
        : regionType === 'buurt'
          ? lang === 'nl'
            ? 'buurt'
            : 'neighbourhood'
          : null;
    return (
      <p className="utrecht-paragraph jp-share80-missing">
        {kind ? areaTexts[lang].share80MissingArea(kind) : areaTexts[lang].share80Missing}
      </p>
    );
  }
  const f = (v: number | null) => formatNumber(v, row.decimals, t.locale);
  return (
    <p className="utrecht-paragraph">
      {areaTexts[lang].share80(f(row.value), f(row.national?.value ?? null), t.period(row.period))}
    </p>
  );
}
