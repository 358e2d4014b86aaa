// Moved to src/regiobeeld/regionRef.ts (pure, a model file); kept so that code written before the move still builds.
export * from '../regiobeeld/regionRef.ts';
