// The import directions of README.md ("One capability, one home"), checked by test/unit/layout/imports.test.ts
// (and `npx depcruise src --config .dependency-cruiser.cjs`). Capability folders are found by convention, never
// listed: a model file is every file of src/<capability>/ except service.ts and service/.
//
//   core (geo, indicators, stats, privacy)  ←  models  ←  stores (db) and sources  ←  services  ←  server, cli  ←  web
//   (web, over HTTP; in code it may import only models and core)
const CORE = '^src/(geo|indicators|stats|privacy)/';
const SERVICE = '^src/[^/]+/(service[.]ts$|service/)';
const WORKSPACE_ACCESS = '^src/access/workspaceAccess[.]ts$';
const CONFIG = '^src/config[.]ts$';
/** Folders that are a layer, not a capability. */
const LAYERS = 'geo|indicators|stats|privacy|db|server|cli|web|app|sources|access';
const MODEL = `^src/(?!(${LAYERS})/)[^/]+/|^src/access/(errors|actor)[.]ts$`;

module.exports = {
  forbidden: [
    {
      name: 'core-imports-only-core',
      comment: 'src/geo, src/indicators, src/stats and src/privacy are pure and import only each other.',
      severity: 'error',
      from: { path: CORE },
      to: { path: '^src/', pathNot: CORE },
    },
    {
      name: 'model-is-pure',
      comment:
        'A model file (every file of src/<capability>/ but its service) imports only core, other models and src/access/errors.ts|actor.ts.',
      severity: 'error',
      from: { path: MODEL, pathNot: SERVICE },
      to: { path: `^src/(db|server|cli|web|app|sources)/|${SERVICE}|${WORKSPACE_ACCESS}|${CONFIG}` },
    },
    {
      name: 'store-is-sql-only',
      comment: 'A store (src/db/) imports only core, models and src/db/.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: `^src/(server|cli|web|app|sources|access)/|${SERVICE}|${CONFIG}` },
    },
    {
      name: 'sources-below-services',
      comment: 'The ingestion code (src/sources/) may use stores, models and core, not services or adapters.',
      severity: 'error',
      from: { path: '^src/sources/', pathNot: SERVICE },
      to: { path: `^src/(server|cli|web|app)/|${SERVICE}|${CONFIG}` },
    },
    {
      name: 'service-below-adapters',
      comment: 'A service takes its dependencies as an argument: never the application, the server or the CLI.',
      severity: 'error',
      from: { path: `${SERVICE}|${WORKSPACE_ACCESS}` },
      to: { path: `^src/(server|cli|web|app)/|${CONFIG}` },
    },
    {
      name: 'adapters-call-services',
      comment: 'Routes and commands validate, call a service and map its errors; they do not reach past it.',
      severity: 'error',
      from: { path: '^src/(server|cli)/' },
      to: { path: `^src/(db|sources|web)/|${WORKSPACE_ACCESS}`, pathNot: SERVICE },
    },
    {
      name: 'app-below-adapters',
      comment: 'src/app/ opens the application; it does not know the server, the CLI or the web.',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^src/(server|cli|web)/' },
    },
    {
      name: 'web-imports-models-and-core',
      comment: 'Pages import only model files and core; everything else is reached over HTTP.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: `^src/(db|server|cli|app|sources)/|${SERVICE}|${WORKSPACE_ACCESS}|${CONFIG}` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '[.]test[.]tsx?$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
