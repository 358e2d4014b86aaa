// SMART goals per kernopgave on an indicator (open data or partner data): adding one with its baseline taken from
// the region's data, editing, deleting, and the monitoring of one goal (status computed on every read).
import { z } from 'zod';
import type { Queryable } from '../../../db/connection.ts';
import { deleteGoal, getGoal, insertGoal, updateGoal } from '../../../db/planStore.ts';
import type { WorkspaceWithSecret } from '../../../db/workspaceStore.ts';
import { parsePeriod } from '../../../indicators/period.ts';
import type { Indicator } from '../../../indicators/schema.ts';
import { id, indicatorId, isoDate, kernopgaveParams, text, version } from '../../../plans/api.ts';
import type { Goal } from '../../../plans/document.ts';
import { chooseBaseline, type MeasureSource } from '../../../plans/measures.ts';
import { goalSentences } from '../../../plans/plainLanguage.ts';
import { goalWithView, measureAccess, regionOf, today } from '../../../plans/planView.ts';
import { seriesFor, viewGoal } from '../../../plans/view.ts';
import type { PlanApi, PlanHelpers } from './access.ts';
import { badRequest, notFound, PlanError, stale } from './errors.ts';
import { loadKernopgave } from './kernopgaven.ts';

const goalFields = {
  title: text(300),
  indicatorId: indicatorId.nullable(),
  measureSource: z.enum(['open', 'partner']).default('open'),
  breakdown: z.string().max(80).default('totaal'),
  baselinePeriod: z.string().max(20).optional().describe('standaard de laatste volledige periode'),
  targetValue: z.number().nullable(),
  targetDate: isoDate.nullable(),
  ownerOrganisationId: id.nullable(),
};

const goalParams = z.object({ id, goalId: id });

/** A goal of the workspace's plan, or 404. */
const loadGoal = async (db: Queryable, workspaceId: string, goalId: string) => {
  const goal = await getGoal(db, workspaceId, goalId);
  if (!goal) throw notFound('Dit doel bestaat niet.');
  return goal;
};

export function registerGoals(api: PlanApi, { ctx, access, change, organisationsOf }: PlanHelpers) {
  /** The baseline of a measure for the workspace's region, or a 400 naming why the region has none. */
  const baselineFor = async (
    workspace: WorkspaceWithSecret,
    input: {
      indicatorId: string | null;
      measureSource: MeasureSource;
      breakdown: string;
      baselinePeriod?: string;
    },
  ): Promise<{ indicator: Indicator | null; baseline: Goal['baseline'] }> => {
    const empty = { value: null, lower: null, upper: null, period: null };
    if (input.indicatorId === null) return { indicator: null, baseline: empty };
    const macc = await measureAccess(ctx, workspace);
    const indicator = macc.engine.indicator(input.indicatorId);
    if (!indicator)
      throw badRequest('indicatorId', `'${input.indicatorId}' is geen indicator uit de catalogus`);
    if (input.baselinePeriod !== undefined && !parsePeriod(input.baselinePeriod))
      throw badRequest('baselinePeriod', `'${input.baselinePeriod}' is geen periode (bijv. 2023 of 2023Q1)`);
    const series = await seriesFor(macc, indicator, input.measureSource, input.breakdown);
    const chosen = chooseBaseline(series, indicator, input.baselinePeriod);
    if ('problem' in chosen) {
      const field =
        input.baselinePeriod !== undefined && series.points.length ? 'baselinePeriod' : 'indicatorId';
      const what =
        input.measureSource === 'partner' ? 'de partnergegevens van deze werkruimte' : 'de open data';
      throw new PlanError(
        400,
        'no-data',
        `${field}: geen uitgangswaarde voor '${indicator.id}' in ${what} van deze regio: ${chosen.problem.nl}`,
        field,
        { reason: chosen.problem },
      );
    }
    const p = chosen.point;
    return { indicator, baseline: { value: p.value, lower: p.lower, upper: p.upper, period: p.period } };
  };

  const checkOwner = async (workspaceId: string, owner: string | null) => {
    if (owner !== null && !(await organisationsOf(workspaceId)).has(owner))
      throw badRequest('ownerOrganisationId', 'geen organisatie van deze werkruimte');
  };

  api.post(
    '/workspaces/:id/plan/kernopgaven/:kernopgaveId/goals',
    {
      schema: {
        summary:
          'Een doel bij een kernopgave (analist, beheerder): indicator (open data of partnergegevens), uitgangswaarde uit de gegevens van de regio, streefwaarde en -datum, eigenaar',
        tags: ['regioplan'],
        params: kernopgaveParams,
        body: z.strictObject(goalFields),
      },
    },
    async (request, reply) => {
      const { workspace } = await access(request, request.params.id, 'edit-plan');
      const kernopgave = await loadKernopgave(ctx.db, workspace.id, request.params.kernopgaveId);
      const body = request.body;
      await checkOwner(workspace.id, body.ownerOrganisationId);
      const { baseline } = await baselineFor(workspace, body);
      const goal = await change(
        request,
        workspace,
        `Doel toegevoegd: ${body.title}`,
        'plan.goal.create',
        { subject: body.title, indicator: body.indicatorId },
        (tx) =>
          insertGoal(tx, workspace.id, kernopgave.id, {
            title: body.title,
            indicatorId: body.indicatorId,
            measureSource: body.measureSource,
            breakdown: body.breakdown,
            baseline,
            target: { value: body.targetValue, date: body.targetDate },
            ownerOrganisationId: body.ownerOrganisationId,
          }),
      );
      return reply.code(201).send(await goalWithView(goal, await measureAccess(ctx, workspace)));
    },
  );

  api.patch(
    '/workspaces/:id/plan/goals/:goalId',
    {
      schema: {
        summary:
          'Een doel wijzigen (analist, beheerder) met het versienummer dat u las; is het intussen gewijzigd, dan 409 en blijft de vorige opslag staan',
        tags: ['regioplan'],
        params: goalParams,
        body: z.strictObject({
          version,
          title: goalFields.title.optional(),
          indicatorId: goalFields.indicatorId.optional(),
          measureSource: z.enum(['open', 'partner']).optional(),
          breakdown: z.string().max(80).optional(),
          baselinePeriod: goalFields.baselinePeriod,
          targetValue: goalFields.targetValue.optional(),
          targetDate: goalFields.targetDate.optional(),
          ownerOrganisationId: goalFields.ownerOrganisationId.optional(),
          rebaseline: z.boolean().optional().describe('de uitgangswaarde opnieuw uit de gegevens nemen'),
        }),
      },
    },
    async (request) => {
      const { workspace } = await access(request, request.params.id, 'edit-plan');
      const current = await loadGoal(ctx.db, workspace.id, request.params.goalId);
      const body = request.body;
      if (body.version !== current.version)
        throw stale('Dit doel', await goalWithView(current, await measureAccess(ctx, workspace)), body);
      const next = {
        title: body.title ?? current.title,
        indicatorId: body.indicatorId !== undefined ? body.indicatorId : current.indicatorId,
        measureSource: body.measureSource ?? current.measureSource,
        breakdown: body.breakdown ?? current.breakdown,
        target: {
          value: body.targetValue !== undefined ? body.targetValue : current.target.value,
          date: body.targetDate !== undefined ? body.targetDate : current.target.date,
        },
        ownerOrganisationId:
          body.ownerOrganisationId !== undefined ? body.ownerOrganisationId : current.ownerOrganisationId,
      };
      await checkOwner(workspace.id, next.ownerOrganisationId);
      const measureChanged =
        next.indicatorId !== current.indicatorId ||
        next.measureSource !== current.measureSource ||
        next.breakdown !== current.breakdown;
      const baseline =
        measureChanged || body.rebaseline || body.baselinePeriod !== undefined
          ? (await baselineFor(workspace, { ...next, baselinePeriod: body.baselinePeriod })).baseline
          : current.baseline;
      const saved = await change(
        request,
        workspace,
        `Doel gewijzigd: ${next.title}`,
        'plan.goal.update',
        { subject: next.title },
        async (tx) => {
          const row = await updateGoal(tx, workspace.id, current.id, body.version, { ...next, baseline });
          if (!row) throw stale('Dit doel', await getGoal(tx, workspace.id, current.id), body);
          return row;
        },
      );
      return goalWithView(saved, await measureAccess(ctx, workspace));
    },
  );

  api.delete(
    '/workspaces/:id/plan/goals/:goalId',
    {
      schema: {
        summary:
          'Een doel verwijderen (analist, beheerder); het staat nog in de eerdere versies van het plan',
        tags: ['regioplan'],
        params: goalParams,
        querystring: z.object({ version: z.coerce.number().int().min(1) }),
      },
    },
    async (request, reply) => {
      const { workspace } = await access(request, request.params.id, 'edit-plan');
      const current = await loadGoal(ctx.db, workspace.id, request.params.goalId);
      await change(
        request,
        workspace,
        `Doel verwijderd: ${current.title}`,
        'plan.goal.delete',
        { subject: current.title },
        async (tx) => {
          if (!(await deleteGoal(tx, workspace.id, current.id, request.query.version)))
            throw stale('Dit doel', await getGoal(tx, workspace.id, current.id), request.query);
        },
      );
      return reply.code(204).send();
    },
  );

  api.get(
    '/workspaces/:id/plan/goals/:goalId/monitoring',
    {
      schema: {
        summary:
          'Monitoring van een doel: de waarden van de indicator voor de regio met interval, de lijn van uitgangswaarde naar streefwaarde, en de status met de regel',
        tags: ['regioplan'],
        params: goalParams,
      },
    },
    async (request) => {
      const { workspace } = await access(request, request.params.id, 'read-plan');
      const goal = await loadGoal(ctx.db, workspace.id, request.params.goalId);
      const view = await viewGoal(goal, await measureAccess(ctx, workspace), today());
      return {
        goal,
        region: await regionOf(ctx, workspace),
        ...view,
        sentences: goalSentences(goal, view),
      };
    },
  );
}
