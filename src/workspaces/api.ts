// The workspace API's shapes: what a request may contain (zod, checked by the routes) and what it answers (types
// the web app shares). Pure.
import { z } from 'zod';
import { LAWS, ORGANISATION_TYPES, ROLES, WORKSPACE_KINDS } from './roles.ts';

/** An id in a path or body: letters, digits, '_' and '-'. */
export const id = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/);
export const text = (max: number) => z.string().trim().min(1).max(max);
export const email = z
  .string()
  .trim()
  .min(3)
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+$/, 'geen e-mailadres');
export const gemeenteList = z
  .array(z.string().regex(/^GM\d{4}$/))
  .min(1)
  .max(400);

export const workspaceParams = z.object({ id });
export const memberParams = z.object({ id, accountId: id });
export const invitationParams = z.object({ id, invitationId: id });
export const uploadParams = z.object({ id, uploadId: id });

/** A workspace's region: a standard region code, or a list of gemeenten. */
export const regionInput = z.union([
  z.strictObject({ code: z.string().max(20) }),
  z.strictObject({ gemeenten: gemeenteList }),
]);
export type RegionInput = z.infer<typeof regionInput>;

export const createWorkspaceBody = z.strictObject({
  name: text(200),
  kind: z.enum(WORKSPACE_KINDS),
  region: regionInput,
});
export type CreateWorkspaceInput = z.infer<typeof createWorkspaceBody>;

export const setMemberBody = z.strictObject({
  role: z.enum(ROLES),
  organisationId: id.nullable().optional(),
});
export type SetMemberInput = z.infer<typeof setMemberBody>;

export const organisationBody = z.strictObject({
  name: text(200),
  type: z.enum(ORGANISATION_TYPES),
  laws: z.array(z.enum(LAWS)).max(LAWS.length),
});
export type OrganisationInput = z.infer<typeof organisationBody>;

export const invitationBody = z.strictObject({
  email,
  role: z.enum(ROLES),
  organisationId: id.nullable().optional(),
});
export type InvitationInput = z.infer<typeof invitationBody>;

/** Largest upload file (bytes after base64 decoding); the JSON body may be a third larger. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const uploadBody = z.strictObject({
  fileName: z
    .string()
    .max(200)
    .regex(/^[^/\\\0]+\.(csv|xlsx)$/i, 'een bestandsnaam op .csv of .xlsx'),
  contentBase64: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9+/=\r\n]*$/, 'geen base64'),
  mapping: z.record(z.string(), z.unknown()),
});
export type UploadInput = z.infer<typeof uploadBody>;

export const aggregateQuery = z.object({
  indicator: z.string().max(80),
  period: z.string().max(20),
  breakdown: z.string().max(80).default('totaal'),
  gemeenten: z.string().max(4000).optional().describe("gemeentecodes gescheiden door komma's"),
  region: z.string().max(20).optional().describe('of een standaardregio, bijv. ZK02'),
});
export type AggregateQuery = z.infer<typeof aggregateQuery>;
export const aggregatesCsvQuery = aggregateQuery.omit({ gemeenten: true, region: true });

export const auditQuery = z.object({ format: z.enum(['json', 'csv']).default('json') });

// ------------------------------------------------------------------------------------------------------ answers

export const organisation = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  laws: z.array(z.string()),
});
export type Organisation = z.infer<typeof organisation>;

export const member = z.object({
  accountId: z.string(),
  email: z.string(),
  role: z.string(),
  organisationId: z.string().nullable(),
});
export type Member = z.infer<typeof member>;

export const workspaceSummary = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  regionCode: z.string().nullable(),
  /** the caller's role; null for a platform administrator that is not a member */
  role: z.string().nullable(),
});
export type WorkspaceSummary = z.infer<typeof workspaceSummary>;

export const workspaceInfo = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  regionCode: z.string().nullable(),
  gemeenten: z.array(z.string()),
  createdAt: z.string(),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfo>;

export const workspaceDetail = workspaceInfo.extend({
  role: z.string().nullable(),
  organisations: z.array(organisation),
  members: z.array(member),
});
export type WorkspaceDetail = z.infer<typeof workspaceDetail>;

export const memberChange = member.extend({ previousRole: z.string().nullable() });
export type MemberChange = z.infer<typeof memberChange>;

export const createdInvitation = z.object({
  id: z.string(),
  /** the link to pass on: /uitnodiging/{token} */
  link: z.string(),
  token: z.string(),
  email: z.string(),
  role: z.string(),
  organisationId: z.string().nullable(),
  expiresAt: z.string(),
});
export type CreatedInvitation = z.infer<typeof createdInvitation>;

export const openInvitation = z.object({
  id: z.string(),
  email: z.string(),
  role: z.string(),
  organisationId: z.string().nullable(),
  invitedBy: z.string().nullable(),
  createdAt: z.string().nullable(),
  expiresAt: z.string(),
});
export type OpenInvitation = z.infer<typeof openInvitation>;

export const upload = z.object({
  id: z.string(),
  fileName: z.string(),
  uploadedBy: z.string().nullable(),
  rows: z.number(),
  createdAt: z.string(),
});
export type UploadAnswer = z.infer<typeof upload>;

export const auditEntry = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  workspaceId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});
export type AuditEntryAnswer = z.infer<typeof auditEntry>;
