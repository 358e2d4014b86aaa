// The kennisagenda service: what the routes and the CLI call.
export * from './access.ts';
export * from './agenda.ts';
export * from './coding.ts';
export * from './corpora.ts';
export * from './reports.ts';
export * from './roles.ts';
export * from './suggestions.ts';
export * from './taxonomy.ts';
