// The addresses of the kennisbank pages; each page is its own chunk. App.tsx asks kennisbankRoute().
import { lazy, type ReactElement } from 'react';

const KennisbankPage = lazy(() => import('./KennisbankPage.tsx'));
const ItemPage = lazy(() => import('./ItemPage.tsx'));
const EditorPage = lazy(() => import('./EditorPage.tsx'));

export function kennisbankRoute(path: string): ReactElement | null {
  if (path === '/kennisbank') return <KennisbankPage />;
  if (path === '/kennisbank/redactie') return <EditorPage />;
  const m = /^\/kennisbank\/item\/([A-Za-z0-9_-]+)$/.exec(path);
  if (m) return <ItemPage key={m[1]} id={m[1]!} />;
  return null;
}
