// The addresses of the kennisagenda pages; each page is its own chunk. App.tsx asks kennisagendaRoute().
import { lazy, type ReactElement } from 'react';

const AgendaPage = lazy(() => import('./AgendaPage.tsx'));
const WorkPage = lazy(() => import('./WorkPage.tsx'));
const CorpusPage = lazy(() => import('./CorpusPage.tsx'));
const ReportPage = lazy(() => import('./ReportPage.tsx'));
const TaxonomyPage = lazy(() => import('./TaxonomyPage.tsx'));

export function kennisagendaRoute(path: string): ReactElement | null {
  if (path === '/kennisagenda') return <AgendaPage />;
  if (path === '/kennisagenda/werk') return <WorkPage />;
  if (path === '/kennisagenda/rapport') return <ReportPage />;
  if (path === '/kennisagenda/taxonomie') return <TaxonomyPage />;
  const corpus = /^\/kennisagenda\/corpus\/([A-Za-z0-9_-]+)$/.exec(path);
  if (corpus) return <CorpusPage key={corpus[1]} corpusId={corpus[1]!} />;
  return null;
}
