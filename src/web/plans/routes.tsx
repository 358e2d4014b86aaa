// The addresses of the regioplan and account pages; each page is its own chunk. App.tsx asks planRoute() first.
import { lazy, type ReactElement } from 'react';

const LoginPage = lazy(() => import('../account/LoginPage.tsx'));
const InvitationPage = lazy(() => import('../account/InvitationPage.tsx'));
const WorkspacesPage = lazy(() => import('../account/WorkspacesPage.tsx'));
const PlanPage = lazy(() => import('./PlanPage.tsx'));
const RoundPage = lazy(() => import('./RoundPage.tsx'));
const GoalPage = lazy(() => import('./GoalPage.tsx'));
const DialoguePage = lazy(() => import('./DialoguePage.tsx'));
const PublicPlanPage = lazy(() => import('./PublicPlanPage.tsx'));

const ID = '([A-Za-z0-9_-]+)';

export function planRoute(path: string): ReactElement | null {
  if (path === '/inloggen') return <LoginPage />;
  if (path === '/werkruimten') return <WorkspacesPage />;
  let m = new RegExp(`^/uitnodiging/${ID}$`).exec(path);
  if (m) return <InvitationPage token={m[1]!} />;
  m = new RegExp(`^/datadialoog/${ID}$`).exec(path);
  if (m) return <DialoguePage token={m[1]!} />;
  m = new RegExp(`^/regioplan/${ID}$`).exec(path);
  if (m) return <PublicPlanPage key={m[1]} workspaceId={m[1]!} />;
  m = new RegExp(`^/werkruimte/${ID}/plan$`).exec(path);
  if (m) return <PlanPage key={m[1]} workspaceId={m[1]!} />;
  m = new RegExp(`^/werkruimte/${ID}/plan/ronde/${ID}$`).exec(path);
  if (m) return <RoundPage key={m[2]} workspaceId={m[1]!} roundId={m[2]!} />;
  m = new RegExp(`^/werkruimte/${ID}/plan/doel/${ID}$`).exec(path);
  if (m) return <GoalPage key={m[2]} workspaceId={m[1]!} goalId={m[2]!} />;
  return null;
}
