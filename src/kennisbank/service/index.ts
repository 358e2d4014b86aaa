// The kennisbank service: items and their editorial workflow, Dutch search, suggestions, the redacteur role and
// the seed of catalog/kennisbank/.

export type { KennisbankDeps } from './deps.ts';
export { editors, setEditor } from './editors.ts';
export { createItem, itemVersions, proposeItem, readItem, transitionItem, updateItem } from './items.ts';
export { searchKennisbank } from './search.ts';
export { defaultSeedDir, loadSeed, readSeed, SeedError } from './seed.ts';
export { suggestKnowledge } from './suggestions.ts';
