// The exports of a plan: for members, the JSON document of the current version with today's progress and the HTML
// that the adapter prints as PDF; for the command line (which has the database itself), the same by workspace id.
// Every export is in the audit log.
import type { Actor } from '../../access/actor.ts';
import { notFound } from '../../access/errors.ts';
import { appendAudit, getWorkspace } from '../../db/workspaceStore.ts';
import { renderPlanHtml } from '../html.ts';
import { auditEntry, type PlanDeps, planAccess } from './context.ts';
import { exportPlan } from './view.ts';

export async function exportPlanJson(deps: PlanDeps, actor: Actor, workspaceId: string) {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'read-plan');
  const { view: _v, ...exported } = await exportPlan(deps, workspace);
  await appendAudit(deps.db, auditEntry(actor, 'export.plan', workspace.id, { format: 'json' }));
  return exported;
}

/** The plan as printable HTML (the adapter turns it into PDF). */
export async function exportPlanHtml(deps: PlanDeps, actor: Actor, workspaceId: string, lang: 'nl' | 'en') {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'read-plan');
  const { view } = await exportPlan(deps, workspace);
  const html = renderPlanHtml(view, lang, { public: false });
  await appendAudit(deps.db, auditEntry(actor, 'export.plan', workspace.id, { format: 'pdf' }));
  return html;
}

/**
 * The command line's export: the document (JSON) and, when asked, the HTML for the PDF. Whoever runs the command
 * has the database itself, so there is no sign-in; the export is logged as by 'cli'.
 */
export async function exportPlanForOperator(
  deps: PlanDeps,
  workspaceId: string,
  options: { html: boolean; json: boolean; lang: 'nl' | 'en' },
) {
  const workspace = await getWorkspace(deps.db, workspaceId);
  if (!workspace) throw notFound(`werkruimte '${workspaceId}' bestaat niet`);
  const { view, ...document } = await exportPlan(deps, workspace);
  const html = options.html ? renderPlanHtml(view, options.lang, { public: false }) : null;
  await appendAudit(deps.db, {
    actorEmail: 'cli',
    action: 'export.plan',
    workspaceId: workspace.id,
    detail: { format: [options.html && 'pdf', options.json && 'json'].filter(Boolean).join('+') || 'json' },
  });
  return { document, html };
}
