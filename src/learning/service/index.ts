// The learning evaluation service: cycles, sessions, lessons (with the name check and proposals to the
// kennisbank), the national synthesis and the residents' page.
export { addSession, changeCycle, createCycle, cycles, readCycle } from './cycles.ts';
export type { LearningDeps } from './deps.ts';
export { addLesson, proposeLesson } from './lessons.ts';
export type { Owner } from './owner.ts';
export { residentsPage } from './residents.ts';
export { nationalSynthesis } from './synthesis.ts';
