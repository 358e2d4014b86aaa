// The platform audit log's API shapes (GET /api/admin/audit, `juisteplek audit list`). Pure.
import { z } from 'zod';

/** An action or a family of them ('login' is login.success and login.failure). */
export const auditAction = z
  .string()
  .max(80)
  .regex(/^[a-z0-9.-]+$/, 'een actie als login.failure (kleine letters, cijfers, punten)');

const day = z.coerce.date({ message: 'een datum als 2026-12-01 of 2026-12-01T08:00:00Z' });

export const platformAuditQuery = z.object({
  action: auditAction.optional(),
  since: day.optional(),
  until: day.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
  format: z.enum(['json', 'csv']).default('json'),
});
export type PlatformAuditQuery = z.infer<typeof platformAuditQuery>;

/** What `audit verify` finds at the first break of the chain. */
export type ChainProblem =
  | 'removed' // entries missing (a gap in seq)
  | 'changed' // the content of an entry no longer gives its hash
  | 'relinked' // an entry does not follow on from the one before it
  | 'forged' // an entry beyond the chain's head: written around the trigger
  | 'truncated'; // the last entries are gone (the head is further on)

export interface ChainBreak {
  problem: ChainProblem;
  /** the entry at which the break shows (null for truncated) */
  id: number | null;
  seq: number;
  message: string;
}

export interface ChainReport {
  intact: boolean;
  entries: number;
  head: { seq: number; hash: string } | null;
  break?: ChainBreak;
}
