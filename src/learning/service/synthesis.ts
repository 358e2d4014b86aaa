// The national synthesis (public): lessons of published cycles per building block and perspective, small counts
// suppressed by the pure rule of src/learning/synthesis.ts.
import { publishedLessonCounts } from '../../db/learningStore.ts';
import { synthesise } from '../synthesis.ts';
import type { LearningDeps } from './deps.ts';

export async function nationalSynthesis(deps: Pick<LearningDeps, 'db'>) {
  const { counts, cycles, workspaces } = await publishedLessonCounts(deps.db);
  return synthesise(counts, cycles, workspaces);
}
