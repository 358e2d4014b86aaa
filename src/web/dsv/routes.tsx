// The addresses of the collaboration pages; each page is its own chunk. App.tsx asks dsvRoute() after planRoute().
import { lazy, type ReactElement } from 'react';

const RegisterPage = lazy(() => import('./RegisterPage.tsx'));
const CollaborationForm = lazy(() => import('./CollaborationForm.tsx'));
const CollaborationPage = lazy(() => import('./CollaborationPage.tsx'));
const QuestionnairePage = lazy(() => import('./QuestionnairePage.tsx'));
const OverviewPage = lazy(() => import('./OverviewPage.tsx'));
const BenchmarkPage = lazy(() => import('./OverviewPage.tsx').then((m) => ({ default: m.BenchmarkPage })));

const ID = '([A-Za-z0-9_-]+)';

export function dsvRoute(path: string): ReactElement | null {
  if (path === '/samenwerkingsverbanden') return <RegisterPage />;
  if (path === '/samenwerkingsverband/nieuw') return <CollaborationForm />;
  let m = /^\/samenwerkingsverbanden\/overzicht\/(\d{4})$/.exec(path);
  if (m) return <OverviewPage key={m[1]} year={Number(m[1])} />;
  m = new RegExp(`^/samenwerkingsverband/${ID}/bewerken$`).exec(path);
  if (m) return <CollaborationForm key={m[1]} id={m[1]!} />;
  m = new RegExp(`^/samenwerkingsverband/${ID}/vragenlijst/(\\d{4})$`).exec(path);
  if (m) return <QuestionnairePage key={`${m[1]}-${m[2]}`} id={m[1]!} year={Number(m[2])} />;
  m = new RegExp(`^/samenwerkingsverband/${ID}/vergelijking/(\\d{4})$`).exec(path);
  if (m) return <BenchmarkPage key={`${m[1]}-${m[2]}`} id={m[1]!} year={Number(m[2])} />;
  m = new RegExp(`^/samenwerkingsverband/${ID}$`).exec(path);
  if (m) return <CollaborationPage key={m[1]} id={m[1]!} />;
  return null;
}
