// A profile asked for a period without figures (?periode=1999): instead of an empty page, say so and offer the
// periods that have figures (read from the latest profile of the same region).
import type { ReactNode } from 'react';
import type { Profile } from '../../regiobeeld/profileTypes.ts';
import { checkPeriod } from '../../regiobeeld/summary.ts';
import { Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useApi } from '../lib/http.ts';
import { useRoute } from '../router.tsx';
import { PeriodNotice } from './Notice.tsx';
import { useRegiobeeldTexts } from './texts.ts';

export function PeriodCheck({
  profile,
  latestUrl,
  header,
  children,
}: {
  profile: Profile;
  /** The same profile without a period. */
  latestUrl: string;
  /** Shown above the notice (the page's heading). */
  header: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const rt = useRegiobeeldTexts();
  const route = useRoute();
  const check = checkPeriod(profile);
  const latest = useApi<Profile>(check.hasData ? null : latestUrl);
  if (check.hasData || !check.requested) return <>{children}</>;
  const hrefOf = (period: string | null) => {
    const url = new URL(route.href);
    if (period) url.searchParams.set('periode', period);
    else url.searchParams.delete('periode');
    return `${url.pathname}${url.search.replaceAll('%2C', ',')}`;
  };
  const period = t.period(check.requested);
  return (
    <>
      {header}
      {latest.data ? (
        <PeriodNotice
          title={rt.periodUnknownTitle(period)}
          message={rt.periodUnknown(period, profile.region.name)}
          periods={checkPeriod(latest.data).available}
          label={t.period}
          hrefOf={hrefOf}
        />
      ) : (
        <Loading />
      )}
    </>
  );
}
