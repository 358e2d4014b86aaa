// The workspace service: members and roles, organisations, invitations, partner data (upload, list, delete), the
// protected aggregate (the only thing that leaves a workspace), the audit log, export and deletion. Every method
// checks access first, so an anonymous call gets 401 whatever its input.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../access/actor.ts';
import { signedIn } from '../access/actor.ts';
import { conflict, forbidden, invalid, notFound, ServiceError, tooLarge } from '../access/errors.ts';
import { noSuchWorkspace, requireWorkspace } from '../access/workspaceAccess.ts';
import {
  createInvitation,
  findAccount,
  findAccountByEmail,
  listOpenInvitations,
  revokeInvitation,
} from '../db/accountStore.ts';
import type { Database, Queryable } from '../db/connection.ts';
import {
  type AuditEntry,
  addOrganisation,
  appendAudit,
  cellRows,
  countBeheerders,
  deleteUpload,
  findOrganisation,
  findOrganisationByName,
  getWorkspace,
  insertUpload,
  createWorkspace as insertWorkspace,
  listAllWorkspaces,
  listAudit,
  listMembers,
  listObservations,
  listOrganisations,
  listUploads,
  listWorkspaces,
  lockWorkspace,
  memberRole,
  removeMember,
  deleteWorkspace as removeWorkspace,
  setMember,
  type Workspace,
  type WorkspaceWithSecret,
} from '../db/workspaceStore.ts';
import type { Catalog } from '../indicators/schema.ts';
import { exportPlan } from '../plans/service/index.ts';
import type { RegiobeeldEngine } from '../regiobeeld/engine.ts';
import { adHocRegion, regionOrError, standardRegion } from '../regiobeeld/regionRef.ts';
import { csvSafe, parseUploadOffThread, type UploadLimits } from '../sources/upload/index.ts';
import { forOutsiders, protectedAggregate } from './aggregate.ts';
import {
  type AggregateQuery,
  type AuditEntryAnswer,
  type CreatedInvitation,
  type CreateWorkspaceInput,
  type InvitationInput,
  MAX_UPLOAD_BYTES,
  type MemberChange,
  type OpenInvitation,
  type Organisation,
  type OrganisationInput,
  type SetMemberInput,
  type UploadAnswer,
  type UploadInput,
  type WorkspaceDetail,
  type WorkspaceInfo,
  type WorkspaceSummary,
} from './api.ts';
import { may, type Permission, type Role } from './roles.ts';

/** What the service needs; the application context satisfies it. */
export interface WorkspaceDeps {
  db: Database;
  catalog: Catalog;
  engine(): Promise<RegiobeeldEngine>;
  /** The settings (the application context's); only the upload limits are read here. */
  config?: { uploadLimits?: Partial<UploadLimits> };
}

/** Access to a workspace for `permission` (401 / 403 / 404 as in requireWorkspace). */
export const access = (deps: WorkspaceDeps, actor: Actor, workspaceId: string, permission: Permission) =>
  requireWorkspace(deps.db, actor, workspaceId, (role, admin) => may(role, admin, permission));

const audit = (
  deps: WorkspaceDeps,
  actor: Actor,
  action: string,
  workspaceId: string | null,
  detail: Record<string, unknown> = {},
  db: Queryable = deps.db,
) =>
  appendAudit(db, {
    actorId: actor.account?.id ?? null,
    actorEmail: actor.account?.email ?? null,
    action,
    workspaceId,
    detail,
    ip: actor.ip,
  });

const describe = (w: Workspace): WorkspaceInfo => ({
  id: w.id,
  name: w.name,
  kind: w.kind,
  regionCode: w.regionCode,
  gemeenten: w.gemeenten,
  createdAt: new Date(w.createdAt).toISOString(),
});

export async function listWorkspacesOf(deps: WorkspaceDeps, actor: Actor): Promise<WorkspaceSummary[]> {
  const account = signedIn(actor);
  // The administrator sees every workspace (those it created included) with its own role where it has one.
  const rows = account.platformAdmin
    ? await listAllWorkspaces(deps.db, account.id)
    : await listWorkspaces(deps.db, account.id);
  return rows.map((w) => ({ id: w.id, name: w.name, kind: w.kind, regionCode: w.regionCode, role: w.role }));
}

export async function createWorkspace(
  deps: WorkspaceDeps,
  actor: Actor,
  input: CreateWorkspaceInput,
): Promise<WorkspaceInfo> {
  const account = signedIn(actor);
  if (!account.platformAdmin) throw forbidden('Alleen een platformbeheerder maakt werkruimten.');
  return makeWorkspace(deps, input, { actorId: account.id, actorEmail: account.email, ip: actor.ip });
}

async function makeWorkspace(
  deps: WorkspaceDeps,
  input: CreateWorkspaceInput,
  by: { actorId: string | null; actorEmail: string; ip: string | null },
) {
  const engine = await deps.engine();
  const { region } = input;
  const ref = regionOrError(() =>
    'code' in region ? standardRegion(engine, region.code) : adHocRegion(engine, region.gemeenten),
  );
  const workspace = await insertWorkspace(deps.db, {
    name: input.name,
    kind: input.kind,
    regionCode: ref.code,
    gemeenten: ref.gemeenten,
  });
  await appendAudit(deps.db, {
    ...by,
    action: 'workspace.create',
    workspaceId: workspace.id,
    detail: { subject: workspace.name, kind: workspace.kind },
  });
  return describe(workspace);
}

/**
 * `juisteplek workspaces create`: a workspace and, when an e-mail address is given, the invitation of its first
 * beheerder (whose link the operator passes on).
 */
export async function createWorkspaceAsOperator(
  deps: WorkspaceDeps,
  input: CreateWorkspaceInput,
  firstBeheerder: string | null,
): Promise<{ workspace: WorkspaceInfo; invitation: CreatedInvitation | null }> {
  const workspace = await makeWorkspace(deps, input, { actorId: null, actorEmail: 'cli', ip: null });
  if (!firstBeheerder) return { workspace, invitation: null };
  const { id, token, expiresAt } = await createInvitation(deps.db, {
    workspaceId: workspace.id,
    email: firstBeheerder,
    role: 'beheerder',
    organisationId: null,
    invitedBy: null,
  });
  await appendAudit(deps.db, {
    actorEmail: 'cli',
    action: 'invitation.create',
    workspaceId: workspace.id,
    detail: { subject: firstBeheerder.toLowerCase(), role: 'beheerder' },
  });
  return {
    workspace,
    invitation: {
      id,
      link: `/uitnodiging/${token}`,
      token,
      email: firstBeheerder.toLowerCase(),
      role: 'beheerder',
      organisationId: null,
      expiresAt: expiresAt.toISOString(),
    },
  };
}

/** `juisteplek workspaces list`: every workspace with its number of members and beheerders. */
export async function listWorkspacesForOperator(deps: WorkspaceDeps) {
  const rows = await listAllWorkspaces(deps.db, null);
  return Promise.all(
    rows.map(async (w) => {
      const members = await listMembers(deps.db, w.id);
      return {
        id: w.id,
        name: w.name,
        kind: w.kind,
        regionCode: w.regionCode,
        gemeenten: w.gemeenten.length,
        members: members.length,
        beheerders: members.filter((m) => m.role === 'beheerder').map((m) => m.email),
      };
    }),
  );
}

export async function workspaceDetail(
  deps: WorkspaceDeps,
  actor: Actor,
  workspaceId: string,
): Promise<WorkspaceDetail> {
  const { workspace, role } = await access(deps, actor, workspaceId, 'view');
  return {
    ...describe(workspace),
    role,
    organisations: await listOrganisations(deps.db, workspace.id),
    members: await listMembers(deps.db, workspace.id),
  };
}

export async function members(deps: WorkspaceDeps, actor: Actor, workspaceId: string) {
  const { workspace } = await access(deps, actor, workspaceId, 'view');
  return listMembers(deps.db, workspace.id);
}

/** The organisation an invitation or membership names: one of this workspace's, else 400 naming the field. */
async function ownOrganisation(
  deps: WorkspaceDeps,
  workspaceId: string,
  organisationId: string | null | undefined,
) {
  if (organisationId === undefined || organisationId === null) return organisationId;
  const organisation = await findOrganisation(deps.db, workspaceId, organisationId);
  if (!organisation) throw invalid('organisationId', 'geen organisatie van deze werkruimte');
  return organisation;
}

const ADMIN_STARTS_ONLY =
  'Een platformbeheerder wijst alleen de eerste beheerder van een werkruimte aan; daarna nodigt de beheerder leden uit en wijzigt hij hun rol.';

/**
 * Whether an administrator that is not a beheerder of the workspace may give `role`: only the first beheerder of a
 * workspace that has none (it holds no partner data yet), so the administrator never grants itself a way in.
 */
const mayStart = async (deps: WorkspaceDeps, workspaceId: string, role: string) =>
  role === 'beheerder' && (await countBeheerders(deps.db, workspaceId)) === 0;

/** A workspace never loses its last beheerder, whatever the path (members page, invitation, acceptance). */
export async function keepABeheerder(
  db: Queryable,
  workspaceId: string,
  previous: string | null,
  next: string,
) {
  if (previous === 'beheerder' && next !== 'beheerder' && (await countBeheerders(db, workspaceId)) <= 1)
    throw conflict('last-beheerder', 'De laatste beheerder kan zijn rol niet verliezen.');
}

export async function setMemberRole(
  deps: WorkspaceDeps,
  actor: Actor,
  workspaceId: string,
  accountId: string,
  input: SetMemberInput,
): Promise<MemberChange> {
  const { workspace, role, account } = await access(deps, actor, workspaceId, 'manage');
  const target = await findAccount(deps.db, accountId);
  if (!target) throw notFound('Dit account bestaat niet.');
  // A platform administrator manages workspaces but must not give itself access to partner data.
  if (target.id === account.id && role !== 'beheerder')
    throw forbidden(
      'U kunt uzelf geen rol geven in een werkruimte; een beheerder van de werkruimte moet u uitnodigen.',
    );
  if (role !== 'beheerder' && !(await mayStart(deps, workspace.id, input.role))) {
    await audit(deps, actor, 'member.role.refused', workspace.id, {
      subject: target.email,
      role: input.role,
    });
    throw forbidden(ADMIN_STARTS_ONLY);
  }
  const organisation = await ownOrganisation(deps, workspace.id, input.organisationId);
  const previous = await memberRole(deps.db, workspace.id, target.id);
  await keepABeheerder(deps.db, workspace.id, previous, input.role);
  await setMember(
    deps.db,
    workspace.id,
    target.id,
    input.role as Role,
    organisation === undefined ? undefined : (organisation?.id ?? null),
  );
  const member = (await listMembers(deps.db, workspace.id)).find((m) => m.accountId === target.id);
  await audit(deps, actor, 'member.role', workspace.id, {
    subject: target.email,
    role: input.role,
    previousRole: previous,
    ...(organisation === undefined ? {} : { organisation: organisation?.name ?? null }),
  });
  return {
    accountId: target.id,
    email: target.email,
    role: input.role,
    previousRole: previous,
    organisationId: member?.organisationId ?? null,
  };
}

export async function removeMemberFrom(
  deps: WorkspaceDeps,
  actor: Actor,
  workspaceId: string,
  accountId: string,
): Promise<void> {
  const { workspace } = await access(deps, actor, workspaceId, 'manage');
  const previous = await memberRole(deps.db, workspace.id, accountId);
  if (previous === null) throw notFound('Dit account is geen lid.');
  if (previous === 'beheerder' && (await countBeheerders(deps.db, workspace.id)) <= 1)
    throw conflict('last-beheerder', 'De laatste beheerder kan niet worden verwijderd.');
  await removeMember(deps.db, workspace.id, accountId);
  const target = await findAccount(deps.db, accountId);
  await audit(deps, actor, 'member.remove', workspace.id, {
    subject: target?.email ?? null,
    previousRole: previous,
  });
}

export async function addOrganisationTo(
  deps: WorkspaceDeps,
  actor: Actor,
  workspaceId: string,
  input: OrganisationInput,
): Promise<Organisation> {
  const { workspace } = await access(deps, actor, workspaceId, 'manage');
  const laws = [...new Set(input.laws)];
  return deps.db.transaction(async (tx) => {
    await lockWorkspace(tx, workspace.id);
    const same = await findOrganisationByName(tx, workspace.id, input.name);
    if (same)
      throw conflict(
        'duplicate-organisation',
        `name: deze werkruimte heeft al een organisatie '${same.name}'`,
        { existing: same },
        'name',
      );
    const organisation = await addOrganisation(tx, workspace.id, { ...input, laws });
    await audit(
      deps,
      actor,
      'organisation.add',
      workspace.id,
      { subject: organisation.name, type: organisation.type },
      tx,
    );
    return organisation;
  });
}

export async function invite(
  deps: WorkspaceDeps,
  actor: Actor,
  workspaceId: string,
  input: InvitationInput,
): Promise<CreatedInvitation> {
  const { workspace, account, role } = await access(deps, actor, workspaceId, 'manage');
  if (input.email.toLowerCase() === account.email.toLowerCase() && role !== 'beheerder')
    throw forbidden('U kunt uzelf niet uitnodigen; een beheerder van de werkruimte moet dat doen.');
  // An administrator that is not a beheerder gets an invitation link only for a new workspace's first beheerder.
  if (role !== 'beheerder' && !(await mayStart(deps, workspace.id, input.role))) {
    await audit(deps, actor, 'invitation.refused', workspace.id, {
      subject: input.email.toLowerCase(),
      role: input.role,
    });
    throw forbidden(ADMIN_STARTS_ONLY);
  }
  // An invitation for a member is a role change on acceptance: the same rule holds already now.
  const invitee = await findAccountByEmail(deps.db, input.email);
  const current = invitee ? await memberRole(deps.db, workspace.id, invitee.id) : null;
  await keepABeheerder(deps.db, workspace.id, current, input.role);
  const organisation = await ownOrganisation(deps, workspace.id, input.organisationId);
  const { id, token, expiresAt } = await createInvitation(deps.db, {
    workspaceId: workspace.id,
    email: input.email,
    role: input.role,
    organisationId: organisation?.id ?? null,
    invitedBy: account.id,
  });
  await audit(deps, actor, 'invitation.create', workspace.id, {
    subject: input.email.toLowerCase(),
    role: input.role,
    ...(organisation ? { organisation: organisation.name } : {}),
  });
  return {
    id,
    link: `/uitnodiging/${token}`,
    token,
    email: input.email.toLowerCase(),
    role: input.role,
    organisationId: organisation?.id ?? null,
    expiresAt: expiresAt.toISOString(),
  };
}

export async function openInvitations(
  deps: WorkspaceDeps,
  actor: Actor,
  workspaceId: string,
): Promise<OpenInvitation[]> {
  const { workspace } = await access(deps, actor, workspaceId, 'manage');
  return (await listOpenInvitations(deps.db, workspace.id)).map((i) => ({
    ...i,
    createdAt: i.createdAt?.toISOString() ?? null,
    expiresAt: i.expiresAt.toISOString(),
  }));
}

export async function withdrawInvitation(
  deps: WorkspaceDeps,
  actor: Actor,
  workspaceId: string,
  invitationId: string,
): Promise<void> {
  const { workspace } = await access(deps, actor, workspaceId, 'manage');
  const revoked = await revokeInvitation(deps.db, workspace.id, invitationId);
  if (!revoked) throw notFound('Deze uitnodiging bestaat niet of is niet meer open.');
  await audit(deps, actor, 'invitation.revoke', workspace.id, { subject: revoked.email, role: revoked.role });
}

/** Stores a partner file (CSV or XLSX) after checking every row: all of it, or nothing (422 with the errors). */
export async function uploadPartnerData(
  deps: WorkspaceDeps,
  actor: Actor,
  workspaceId: string,
  input: UploadInput,
): Promise<UploadAnswer> {
  const { workspace, account } = await access(deps, actor, workspaceId, 'upload');
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length > MAX_UPLOAD_BYTES) throw tooLarge('Het bestand is te groot (hoogstens 10 MB).');
  const extension = input.fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
  const dir = await mkdtemp(join(tmpdir(), 'jp-upload-'));
  try {
    const file = join(dir, `upload.${extension}`);
    const mapping = join(dir, 'mapping.json');
    await writeFile(file, content);
    await writeFile(mapping, JSON.stringify(input.mapping));
    // Read and checked in a worker thread: this thread keeps answering other requests meanwhile.
    const result = await parseUploadOffThread(file, mapping, {
      file: input.fileName,
      mappingName: 'mapping',
      maxBytes: MAX_UPLOAD_BYTES,
      limits: deps.config?.uploadLimits,
      knownRegions: new Set(workspace.gemeenten),
      indicators: new Map(
        deps.catalog.indicators.map((i) => [
          i.id,
          { id: i.id, valueType: i.valueType, multiplier: i.multiplier },
        ]),
      ),
    });
    if (!result.ok)
      throw new ServiceError(
        'unprocessable',
        'invalid-upload',
        `${result.errorCount} fout(en) in het bestand; er is niets opgeslagen.`,
        {
          extra: {
            errors: result.errors.map((e) => ({ ...e, file: input.fileName })),
            errorCount: result.errorCount,
          },
        },
      );
    const upload = await deps.db.transaction(async (tx) => {
      const stored = await insertUpload(tx, workspace.id, input.fileName, account.id, result.observations);
      await audit(
        deps,
        actor,
        'upload',
        workspace.id,
        { subject: input.fileName, uploadId: stored.id, rows: stored.rows },
        tx,
      );
      return stored;
    });
    return { ...upload, createdAt: new Date(upload.createdAt).toISOString() };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function uploads(deps: WorkspaceDeps, actor: Actor, workspaceId: string) {
  const { workspace } = await access(deps, actor, workspaceId, 'read');
  return listUploads(deps.db, workspace.id);
}

export async function deletePartnerUpload(
  deps: WorkspaceDeps,
  actor: Actor,
  workspaceId: string,
  uploadId: string,
): Promise<void> {
  const { workspace } = await access(deps, actor, workspaceId, 'delete-data');
  const fileName = await deleteUpload(deps.db, workspace.id, uploadId);
  if (fileName === null) throw notFound('Deze upload bestaat niet.');
  await audit(deps, actor, 'upload.delete', workspace.id, { subject: fileName, uploadId });
}

export async function partnerData(deps: WorkspaceDeps, actor: Actor, workspaceId: string) {
  const { workspace } = await access(deps, actor, workspaceId, 'read');
  return listObservations(deps.db, workspace.id);
}

type CellQuery = Pick<AggregateQuery, 'indicator' | 'period' | 'breakdown'>;

/** The protected aggregate of one cell over a set of gemeenten. */
async function aggregateFor(
  deps: WorkspaceDeps,
  workspace: WorkspaceWithSecret,
  query: CellQuery,
  gemeenten: readonly string[],
) {
  const engine = await deps.engine();
  const indicator = engine.indicator(query.indicator);
  if (!indicator) throw notFound(`Indicator '${query.indicator}' bestaat niet.`);
  const rows = await cellRows(deps.db, workspace.id, indicator.id, query.period, query.breakdown);
  return protectedAggregate({
    workspace: workspace.id,
    secret: workspace.secret,
    indicator,
    period: query.period,
    breakdown: query.breakdown,
    gemeenten,
    rows,
  });
}

/** The public, protected aggregate of a workspace's partner data over a region (anyone may ask). */
export async function publicAggregate(
  deps: WorkspaceDeps,
  actor: Actor,
  workspaceId: string,
  query: AggregateQuery,
) {
  const workspace = await getWorkspace(deps.db, workspaceId);
  if (!workspace) throw noSuchWorkspace();
  const { gemeenten, region } = query;
  if ((gemeenten === undefined) === (region === undefined))
    throw invalid('gemeenten', 'geef gemeenten of region (één van beide)');
  // Outsiders get standard regions only: a fixed, small set of questions. With free sets of gemeenten,
  // averaging many differences (A + s) − A would wear the zero-mean noise away and reveal s.
  const role = actor.account ? await memberRole(deps.db, workspace.id, actor.account.id) : null;
  if (gemeenten !== undefined) {
    if (role === null)
      throw forbidden(
        'gemeenten: een eigen selectie van gemeenten is alleen voor leden van de werkruimte; vraag een standaardregio op met region=… (zo kan niemand kleine aantallen terugrekenen door gebieden van elkaar af te trekken)',
      );
  }
  const engine = await deps.engine();
  const ref = regionOrError(() =>
    gemeenten !== undefined ? adHocRegion(engine, gemeenten) : standardRegion(engine, region!),
  );
  const aggregate = await aggregateFor(deps, workspace, query, ref.gemeenten);
  return {
    region: { code: ref.code, name: ref.name },
    ...(role === null ? forOutsiders(aggregate) : aggregate),
  };
}

/** The members' CSV of protected aggregates per gemeente and for the whole region. */
export async function aggregatesCsv(
  deps: WorkspaceDeps,
  actor: Actor,
  workspaceId: string,
  query: CellQuery,
): Promise<string> {
  const { workspace } = await access(deps, actor, workspaceId, 'read');
  const header = [
    'regio',
    'indicator',
    'periode',
    'uitsplitsing',
    'aantal',
    'noemer',
    'waarde',
    'onderdrukt',
    'reden',
  ];
  const lines = [header.map(csvSafe).join(',')];
  const regions = [...workspace.gemeenten.map((g) => [g]), workspace.gemeenten];
  const num = (x: number | null) => (x === null ? '' : String(x));
  for (const gemeenten of regions) {
    const a = await aggregateFor(deps, workspace, query, gemeenten);
    const label = gemeenten.length === 1 ? gemeenten[0]! : (workspace.regionCode ?? 'werkruimte');
    lines.push(
      [
        csvSafe(label),
        csvSafe(a.indicator),
        csvSafe(a.period),
        csvSafe(a.breakdown),
        num(a.count),
        num(a.denominator),
        num(a.value),
        a.suppressed ? 'ja' : 'nee',
        csvSafe(a.reason?.nl ?? ''),
      ].join(','),
    );
  }
  await audit(deps, actor, 'export.aggregates', workspace.id, {
    subject: query.indicator,
    period: query.period,
  });
  return `${lines.join('\r\n')}\r\n`;
}

const auditAnswer = (e: AuditEntry): AuditEntryAnswer => ({ ...e, at: e.at.toISOString() });

/** Entries as a formula-safe CSV (also the platform log of src/audit/service.ts). */
export function auditCsv(entries: AuditEntry[]): string {
  const header = ['id', 'tijd', 'wie', 'actie', 'werkruimte', 'onderwerp', 'details', 'ip'];
  const lines = entries.map((e) => {
    const { subject, ...rest } = e.detail as { subject?: unknown };
    return [
      String(e.id),
      csvSafe(e.at.toISOString()),
      csvSafe(e.actorEmail ?? ''),
      csvSafe(e.action),
      csvSafe(e.workspaceId ?? ''),
      csvSafe(subject === undefined ? '' : String(subject)),
      csvSafe(JSON.stringify(rest)),
      csvSafe(e.ip ?? ''),
    ].join(',');
  });
  return `${[header.map(csvSafe).join(','), ...lines].join('\r\n')}\r\n`;
}

/** The workspace's audit log, as entries or (format csv, itself logged) as a formula-safe CSV. */
export async function auditLog(
  deps: WorkspaceDeps,
  actor: Actor,
  workspaceId: string,
  format: 'json' | 'csv',
): Promise<{ format: 'json'; entries: AuditEntryAnswer[] } | { format: 'csv'; csv: string }> {
  const { workspace } = await access(deps, actor, workspaceId, 'manage');
  const entries = await listAudit(deps.db, workspace.id);
  if (format === 'csv') {
    await audit(deps, actor, 'export.audit', workspace.id);
    return { format, csv: auditCsv(entries) };
  }
  return { format, entries: entries.map(auditAnswer) };
}

/** Everything of the workspace as one document (beheerder), logged. */
export async function exportWorkspace(deps: WorkspaceDeps, actor: Actor, workspaceId: string) {
  const { workspace } = await access(deps, actor, workspaceId, 'export');
  await audit(deps, actor, 'export.workspace', workspace.id);
  return {
    workspace: describe(workspace),
    organisations: await listOrganisations(deps.db, workspace.id),
    members: await listMembers(deps.db, workspace.id),
    uploads: await listUploads(deps.db, workspace.id),
    data: await listObservations(deps.db, workspace.id),
    audit: (await listAudit(deps.db, workspace.id)).map(auditAnswer),
    plan: await exportPlan(deps, workspace).then(({ view: _view, ...plan }) => plan),
  };
}

/** Deletes the workspace with all its private data; a platform-level audit entry records it. */
export async function deleteWorkspace(deps: WorkspaceDeps, actor: Actor, workspaceId: string): Promise<void> {
  const { workspace } = await access(deps, actor, workspaceId, 'manage');
  await deps.db.transaction(async (tx) => {
    await removeWorkspace(tx, workspace.id);
    // A platform-level entry (no workspace): the workspace's own log is only readable through it.
    await audit(
      deps,
      actor,
      'workspace.delete',
      null,
      { subject: workspace.name, workspace: workspace.id },
      tx,
    );
  });
}
