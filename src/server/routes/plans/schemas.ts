// The zod building blocks the regioplan routes share: ids, texts, dates, the version read (optimistic locking) and
// the path parameters of a workspace, a round and a kernopgave.
import { z } from 'zod';

export const id = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/);
export const text = (max: number) => z.string().trim().min(1).max(max);
export const longText = (max: number) => z.string().trim().max(max);
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'een datum als JJJJ-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'geen bestaande datum',
  );
export const version = z
  .number()
  .int()
  .min(1)
  .describe('het versienummer dat u las (optimistische vergrendeling)');
export const wsParams = z.object({ id });
export const roundParams = z.object({ id, roundId: id });
export const kernopgaveParams = z.object({ id, kernopgaveId: id });
export const indicatorId = z
  .string()
  .max(80)
  .regex(/^[a-z0-9-]+$/, 'een indicator-id');
