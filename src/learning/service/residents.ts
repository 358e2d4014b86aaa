// The residents' page of a region: what the figures say (its regiobeeld profile, in plain language), what the
// partners chose (published regioplannen and their kernopgaven) and how to take part in a datadialoog.
import { notFound } from '../../access/errors.ts';
import { openDialogues, publishedPlansForRegion } from '../../db/learningStore.ts';
import { buildProfile } from '../../regiobeeld/profile.ts';
import { figureSentences } from '../residents.ts';
import type { LearningDeps } from './deps.ts';

export async function residentsPage(deps: LearningDeps, code: string) {
  const engine = await deps.engine();
  const region = engine.regionsByCode.get(code.toUpperCase());
  if (!region) throw notFound(`Regio '${code}' bestaat niet.`);
  const profile = buildProfile(engine, {
    code: region.code,
    name: region.name,
    type: region.type,
    gemeenten: engine.membersOf(region.code),
  });
  const plans = await publishedPlansForRegion(deps.db, region.code);
  const dialogues = await openDialogues(
    deps.db,
    plans.map((p) => p.workspaceId),
  );
  const themeNames = new Map(deps.catalog.themes.map((t) => [t.id, t.name]));
  return {
    region: { code: region.code, name: region.name, type: region.type },
    figures: figureSentences(profile),
    plans: plans.map((p) => ({
      ...p,
      link: `/regioplan/${p.workspaceId}`,
      kernopgaven: p.kernopgaven.map((k) => ({
        ...k,
        theme: k.themeId ? (themeNames.get(k.themeId) ?? null) : null,
      })),
    })),
    dialogues: dialogues.map((d) => ({ title: d.title, link: `/datadialoog/${d.token}` })),
    generatedAt: profile.generatedAt,
  };
}
