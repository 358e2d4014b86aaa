// The DSV service: the register, questionnaire rounds and responses, the national overview and the phase
// self-assessment. Takes its dependencies ({ db, engine }) as an argument; never imports the app, server or CLI.

export type * from '../views.ts';
export * from './assessments.ts';
export * from './collaborations.ts';
export type { DsvDeps } from './context.ts';
export { definitionVersions, loadDefinition, readDefinitionFile } from './definitions.ts';
export * from './overview.ts';
export * from './responses.ts';
export * from './rounds.ts';
