import { useI18n } from '../i18n/index.tsx';
import { useTitle } from '../lib/useTitle.ts';
import { Link } from '../router.tsx';

export default function NotFoundPage() {
  const { t, href } = useI18n();
  useTitle(t.common.notFoundTitle);
  return (
    <div className="jp-page">
      <h1 className="utrecht-heading-1">{t.common.notFoundTitle}</h1>
      <p className="utrecht-paragraph">{t.common.notFoundText}</p>
      <p>
        <Link href={href('/')} className="utrecht-link">
          {t.common.backHome}
        </Link>
      </p>
    </div>
  );
}
