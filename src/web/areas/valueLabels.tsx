// Labels on a profile row for issue 12: "value of GGD-regio X" (figures published per GGD-regio only), the
// source's own comparison with Nederland, and a range instead of a point value where the source suppressed a part.
import type { ProfileIndicator } from '../../regiobeeld/profileTypes.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatNumber } from '../lib/format.ts';
import { Link } from '../router.tsx';
import { areaTexts } from './texts.ts';

export function AreaFacts({ row }: { row: ProfileIndicator }) {
  const { lang, href } = useI18n();
  const w = areaTexts[lang];
  if (!row.valueOf && !row.publishedSignificance) return null;
  return (
    <dl className="jp-facts jp-ind__value-of">
      {row.valueOf && (
        <div>
          <dt>{w.valueOf}</dt>
          <dd>
            <Link href={href(`/regio/${row.valueOf.code}`)} className="utrecht-link">
              {row.valueOf.name}
            </Link>
          </dd>
        </div>
      )}
      {row.publishedSignificance && (
        <div>
          <dt>{w.publishedSignificance}</dt>
          <dd>{row.publishedSignificance}</dd>
        </div>
      )}
    </dl>
  );
}

export function BoundsValue({ row }: { row: ProfileIndicator }) {
  const { t, text, lang } = useI18n();
  const w = areaTexts[lang];
  if (!row.bounds) return null;
  // One decimal more than a point value (at least one): a range of whole percentages would hide it (21–22).
  const f = (v: number) => formatNumber(v, Math.max(1, row.decimals + 1), t.locale);
  return (
    <>
      <p className="jp-ind__national-only">
        <span className="jp-tag">{w.boundsTag}</span>
      </p>
      <p className="jp-ind__value">
        <span className="jp-big">{w.bounds(f(row.bounds.lower), f(row.bounds.upper))}</span>{' '}
        <span className="jp-unit">{text(row.unit)}</span>
      </p>
      {row.reason && <p className="jp-ind__sentence">{text(row.reason)}</p>}
    </>
  );
}
