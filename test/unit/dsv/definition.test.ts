// The DSV definition check (seed 001 §2.3) with its reasons and warnings, the area derivation, and the checks of a
// questionnaire definition file and of answers against it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveArea, type Geography } from '../../../src/dsv/area.ts';
import { checkDefinition, domainsOf } from '../../../src/dsv/definitionCheck.ts';
import {
  DefinitionError,
  parseDefinition,
  unanswered,
  validateAnswers,
} from '../../../src/dsv/questionnaire.ts';
import type { Partner } from '../../../src/dsv/schemas.ts';

const p = (type: Partner['type'], laws: Partner['laws'], extra: Partial<Partner> = {}): Partner => ({
  name: `${type} ${laws.join('/')}`,
  type,
  sector: null,
  laws,
  steeringRole: 'geen',
  payer: false,
  joined: null,
  ...extra,
});
const none = { modes: [], inBoard: [] };

describe('definition check', () => {
  it('fails with two organisations, naming the number', () => {
    const c = checkDefinition({
      partners: [p('gemeente', ['Wmo']), p('zorgverzekeraar', ['Zvw'])],
      governance: null,
      participation: none,
    });
    expect(c.passes).toBe(false);
    expect(c.organisations).toBe(2);
    expect(c.domains).toEqual(['sociaal', 'verzekerd']);
    expect(c.reasons.map((r) => r.code)).toEqual(['too-few-organisations']);
    expect(c.reasons[0]!.text.nl).toBe('Er doen 2 organisaties mee; een DSV heeft er minstens 3.');
  });

  it('fails when all activities are in one domain (Wmo, Jeugdwet and Wpg are all social)', () => {
    const c = checkDefinition({
      partners: [p('gemeente', ['Wmo', 'Jeugdwet']), p('ggd', ['Wpg']), p('welzijn', ['Wmo'])],
      governance: null,
      participation: none,
    });
    expect(c.passes).toBe(false);
    expect(c.reasons.map((r) => r.code)).toEqual(['one-domain']);
    expect(c.reasons[0]!.text.nl).toMatch(/Alleen actief in één domein: Sociaal domein/);
  });

  it('passes with three organisations in two domains, and warns about missing residents', () => {
    const c = checkDefinition({
      partners: [p('gemeente', ['Wmo']), p('huisartsenorganisatie', ['Zvw']), p('welzijn', [])],
      governance: 'leidende-organisatie',
      participation: none,
    });
    expect(c.passes).toBe(true);
    expect(c.reasons).toEqual([]);
    expect(c.warnings.map((w) => w.code)).toEqual(['no-residents']);
  });

  it('warns about shared self-governance with more than 8 organisations, not with 8', () => {
    const partners = [
      p('gemeente', ['Wmo']),
      p('zorgkantoor', ['Wlz']),
      ...Array.from({ length: 6 }, () => p('zorgaanbieder', ['Zvw'])),
    ];
    const eight = checkDefinition({
      partners,
      governance: 'gezamenlijk',
      participation: { modes: [], inBoard: ['patienten'] },
    });
    expect(eight.warnings).toEqual([]);
    const nine = checkDefinition({
      partners: [...partners, p('patientenorganisatie', [])],
      governance: 'gezamenlijk',
      participation: none,
    });
    expect(nine.passes).toBe(true);
    expect(nine.domains).toEqual(['sociaal', 'langdurig', 'verzekerd']);
    expect(nine.warnings.map((w) => w.code)).toEqual(['self-governance-large']);
    expect(nine.warnings[0]!.text.nl).toMatch(/met 9 organisaties/);
  });

  it('names no domain when no partner has a law', () => {
    expect(domainsOf([])).toEqual([]);
    const c = checkDefinition({
      partners: [p('bedrijf', []), p('onderwijs', []), p('kennisinstelling', [])],
      governance: null,
      participation: none,
    });
    expect(c.reasons.map((r) => r.code)).toEqual(['no-domain']);
  });
});

describe('area', () => {
  const members: Record<string, string[]> = {
    ZK01: ['GM0001', 'GM0002'],
    PV01: ['GM0001', 'GM0002'],
    GG01: ['GM0001', 'GM0002', 'GM0003'],
  };
  const names: Record<string, [string, string]> = {
    ZK01: ['Zorgkantoor Een', 'zorgkantoorregio'],
    PV01: ['Provincie Een', 'provincie'],
    GG01: ['GGD Een', 'ggdregio'],
    GM0001: ['Eendorp', 'gemeente'],
    GM0002: ['Tweedorp', 'gemeente'],
    GM0003: ['Driedorp', 'gemeente'],
  };
  const geography: Geography = {
    region: (code) => (names[code] ? { code, name: names[code]![0], type: names[code]![1] } : undefined),
    membersOf: (code) => members[code] ?? [code],
    divisions: () =>
      ['ZK01', 'PV01', 'GG01'].map((code) => ({ code, name: names[code]![0], type: names[code]![1] })),
  };

  it('derives local for one gemeente and regional with the matching divisions for more', () => {
    expect(deriveArea({ gemeenten: ['GM0003'] }, geography)).toMatchObject({
      scope: 'lokaal',
      name: 'Driedorp',
      matches: [],
    });
    const zk = deriveArea({ regionCode: 'zk01' }, geography);
    expect(zk).toMatchObject({ regionCode: 'ZK01', scope: 'regionaal', gemeenten: ['GM0001', 'GM0002'] });
    expect(zk.matches.map((m) => m.code)).toEqual(['ZK01', 'PV01']);
    const free = deriveArea({ gemeenten: ['GM0003', 'GM0001'] }, geography);
    expect(free).toMatchObject({ regionCode: null, gemeenten: ['GM0001', 'GM0003'], matches: [] });
  });
});

describe('questionnaire definition', () => {
  const raw = JSON.parse(
    readFileSync(new URL('../../../catalog/dsv-questionnaire/2024.json', import.meta.url), 'utf8'),
  );
  const definition = parseDefinition('2024.json', raw);

  it('holds the sections of seed 001 §5 with their numbers of statements', () => {
    const count = (section: string) => definition.items.filter((i) => i.section === section).length;
    expect([
      count('effectiviteit'),
      count('verandering'),
      count('synergie'),
      count('vertrouwen'),
      count('leiderschap'),
    ]).toEqual([5, 6, 7, 3, 4]);
    expect(definition.scales.vertrouwen).toMatchObject({ min: 0, max: 7, topBox: 6 });
  });

  it('reports every problem of a bad file with the file and the field', () => {
    const bad = structuredClone(raw);
    bad.items[0].scale = 'bestaat-niet';
    bad.items[1].id = bad.items[2].id;
    bad.scales.vertrouwen.topBox = 9;
    bad.items.push({
      id: 'los',
      section: 'nergens',
      kind: 'single',
      text: { nl: 'x', en: 'x' },
      options: [],
    });
    try {
      parseDefinition('2024.json', bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DefinitionError);
      const issues = (error as DefinitionError).issues;
      expect(issues).toContain('2024.json: scales.vertrouwen.topBox: ligt buiten de schaal 0–7');
      expect(issues).toContain(
        "2024.json: items.0 (effectiviteit-kwaliteit).scale: onbekende schaal 'bestaat-niet'",
      );
      expect(issues.some((i) => /items\.2 .*: deze item-id komt twee keer voor/.test(i))).toBe(true);
      expect(issues).toContain("2024.json: items.35 (los).section: onbekende sectie 'nergens'");
      expect(issues).toContain('2024.json: items.35 (los).options: minstens twee opties');
    }
    expect(() => parseDefinition('2023.json', raw)).toThrow(/versie 2024 hoort in het bestand 2024.json/);
    expect(() => parseDefinition('2024.json', { ...raw, items: 'geen' })).toThrow(/2024.json: items:/);
  });

  it('refuses answers outside the scale, unknown options and n.v.t. where it is not offered', () => {
    const problems = validateAnswers(definition, {
      'effectiviteit-kwaliteit': 6,
      'vertrouwen-eerlijkheid': 0,
      'vertrouwen-competentie': 2.5,
      'synergie-doelen': { notApplicable: true },
      'effectiviteit-kosten': { notApplicable: true },
      leerplan: 'misschien',
      'participatie-vormen': ['co-creatie', 'alles'],
      'bestaat-niet': 1,
    });
    expect(problems).toEqual([
      {
        item: 'effectiviteit-kwaliteit',
        message: '6 ligt buiten de schaal: kies een geheel getal van 1 tot en met 5',
      },
      {
        item: 'vertrouwen-competentie',
        message: '2.5 ligt buiten de schaal: kies een geheel getal van 0 tot en met 7',
      },
      { item: 'synergie-doelen', message: '"niet van toepassing" kan bij deze vraag niet' },
      { item: 'leerplan', message: '"misschien" is geen antwoordmogelijkheid (kies uit: ja, nee)' },
      { item: 'participatie-vormen', message: 'onbekende antwoordmogelijkheid: alles' },
      { item: 'bestaat-niet', message: 'onbekende vraag in vragenlijst 2024' },
    ]);
    expect(unanswered(definition, { leerplan: 'ja' })).toHaveLength(definition.items.length - 1);
  });
});
