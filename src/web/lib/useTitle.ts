import { useEffect } from 'react';
import { useI18n } from '../i18n/index.tsx';

/** Sets the document title of the page ("Amsterdam – Juiste Plek"). */
export function useTitle(title: string | null | undefined) {
  const { t } = useI18n();
  useEffect(() => {
    if (title) document.title = t.documentTitle(title);
  }, [title, t]);
}
