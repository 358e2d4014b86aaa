// The addresses of the learning evaluation pages and the residents' page; App.tsx asks learningRoute().
import { lazy, type ReactElement } from 'react';

const CyclesPage = lazy(() => import('./CyclesPage.tsx'));
const SynthesisPage = lazy(() => import('./SynthesisPage.tsx'));
const ResidentsPage = lazy(() => import('./ResidentsPage.tsx'));

export function learningRoute(path: string): ReactElement | null {
  if (path === '/leren/synthese') return <SynthesisPage />;
  let m = /^\/inwoners\/([A-Za-z0-9]+)$/.exec(path);
  if (m) return <ResidentsPage key={m[1]} code={m[1]!.toUpperCase()} />;
  m = /^\/werkruimte\/([A-Za-z0-9_-]+)\/leren$/.exec(path);
  if (m)
    return (
      <CyclesPage
        key={m[1]}
        apiBase={`/api/workspaces/${m[1]}/learning/cycles`}
        pagePath={`/werkruimte/${m[1]}/leren`}
      />
    );
  m = /^\/samenwerkingsverband\/([A-Za-z0-9_-]+)\/leren$/.exec(path);
  if (m)
    return (
      <CyclesPage
        key={m[1]}
        apiBase={`/api/dsv/collaborations/${m[1]}/learning/cycles`}
        pagePath={`/samenwerkingsverband/${m[1]}/leren`}
      />
    );
  return null;
}
