// /regio/{code}: the profile of a standard region (gemeente, GGD-regio, zorgkantoorregio, …).
import { PeriodForm, profilePeriods } from '../components/PeriodForm.tsx';
import { ProfileHeader, RegionProfile } from '../components/profile/RegionProfile.tsx';
import { ErrorMessage, isUnreachable, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useLearningTexts } from '../learning/texts.ts';
import { api, type Profile } from '../lib/api.ts';
import { ApiError, useApi } from '../lib/http.ts';
import { useTitle } from '../lib/useTitle.ts';
import { PeriodCheck } from '../regiobeeld/PeriodCheck.tsx';
import { Link, useRoute } from '../router.tsx';

export default function RegionPage({ code }: { code: string }) {
  const { t, href } = useI18n();
  const learning = useLearningTexts();
  const route = useRoute();
  const period = route.query.get('periode');
  const profile = useApi<Profile>(api.profile(code, period));
  const away = isUnreachable(profile.error);
  // while the server is away the last profile stays on screen, with a retry above it
  const data = profile.data ?? (profile.loading || away ? profile.latest : undefined);
  useTitle(data?.region.name ?? code);

  if (profile.error && !(away && data)) {
    const notFound = profile.error instanceof ApiError && profile.error.status === 404;
    return (
      <div className="jp-page">
        <h1 className="utrecht-heading-1">{notFound ? t.common.notFoundTitle : t.common.errorTitle}</h1>
        <ErrorMessage error={profile.error} onRetry={profile.reload} />
        <p>
          <Link href={href('/')} className="utrecht-link">
            {t.common.backHome}
          </Link>
        </p>
      </div>
    );
  }
  if (!data || (data.region.code !== code && !away)) return <Loading />;
  return (
    <div className="jp-page" aria-busy={profile.loading}>
      {profile.error && <ErrorMessage error={profile.error} onRetry={profile.reload} />}
      <PeriodCheck profile={data} latestUrl={api.profile(code)} header={<ProfileHeader profile={data} />}>
        <RegionProfile profile={data} periodForm={<PeriodForm periods={profilePeriods(data)} />} />
      </PeriodCheck>
      <p className="utrecht-paragraph jp-no-print">
        <Link className="utrecht-link" href={href(`/inwoners/${code}`)}>
          {learning.residentsLink}
        </Link>
      </p>
    </div>
  );
}
