// Reading a corpus file: every problem named by file, row and column; nothing returned when anything is wrong.
import { describe, expect, it } from 'vitest';
import { loadTaxonomyFile } from '../../../src/kennisagenda/catalogFiles.ts';
import { problemLine, readStatements, statementKey } from '../../../src/kennisagenda/items.ts';
import { labelResolver } from '../../../src/kennisagenda/taxonomy.ts';

const taxonomy = loadTaxonomyFile();
const context = (existing: string[] = []) => ({
  file: 'knelpunten.csv',
  existing: new Set(existing.map(statementKey)),
  resolveTheme: labelResolver(taxonomy.knowledgeThemes),
  resolveForm: labelResolver(taxonomy.careShiftForms),
  themeIds: taxonomy.knowledgeThemes.map((t) => t.id),
  formIds: taxonomy.careShiftForms.map((t) => t.id),
});
const rows = (...lines: string[][]) => lines.map((cells, i) => ({ row: i + 1, cells }));

describe('readStatements', () => {
  it('reads text, reference, relevance and codes given by id, label or alias', () => {
    const result = readStatements(
      rows(
        ['Nummer', 'Tekst', 'Relevant', "Thema's", 'Vormen'],
        [
          'K1',
          'De bekostiging  remt samenwerking.',
          'ja',
          'Financiering en bekostiging; Samenwerking-vragen',
          '',
        ],
        [
          'K2',
          'Privacyregels belemmeren gegevensuitwisseling.',
          'nee',
          'juridisch|ICT en informatie-uitwisseling',
          'Zorg naar huis',
        ],
      ),
      context(),
    );
    expect(result).toEqual({
      ok: true,
      statements: [
        {
          text: 'De bekostiging remt samenwerking.',
          reference: 'K1',
          relevant: true,
          themes: ['financiering_bekostiging', 'samenwerking'],
          forms: [],
          sourceRow: 2,
        },
        {
          text: 'Privacyregels belemmeren gegevensuitwisseling.',
          reference: 'K2',
          relevant: false,
          themes: ['juridisch', 'ict_data'],
          forms: ['zorg-naar-huis'],
          sourceRow: 3,
        },
      ],
    });
  });

  it('without code columns the items are uncoded (null), without a relevance column unscreened (null)', () => {
    const result = readStatements(rows(['tekst'], ['Een knelpunt.']), context());
    expect(result.ok && result.statements[0]).toMatchObject({ themes: null, forms: null, relevant: null });
  });

  it('names the row and column of an empty statement, a duplicate and an unknown theme, and returns nothing', () => {
    const result = readStatements(
      rows(
        ['tekst', 'themas'],
        ['Een knelpunt.', 'juridisch'],
        ['   ', 'juridisch'],
        ['een KNELPUNT', ''],
        ['Nog een.', 'Onbekend thema'],
        ['Staat al in het corpus!', ''],
      ),
      context(['staat al in het corpus']),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(problemLine)).toEqual([
      "knelpunten.csv, rij 3, kolom 'tekst': lege uitspraak: elke rij moet een tekst hebben",
      "knelpunten.csv, rij 4, kolom 'tekst': dubbele uitspraak: dezelfde tekst staat al in rij 2",
      `knelpunten.csv, rij 5, kolom 'themas': onbekend thema 'Onbekend thema'; kies uit ${taxonomy.knowledgeThemes.map((t) => t.id).join(', ')}`,
      "knelpunten.csv, rij 6, kolom 'tekst': dubbele uitspraak: deze tekst staat al in het corpus",
    ]);
    expect(result.problemCount).toBe(4);
  });

  it('refuses a file without a text column, without rows, and a relevance that is not ja/nee', () => {
    const noText = readStatements(rows(['nummer'], ['1']), context());
    expect(!noText.ok && noText.problems[0]!.message).toMatch(/kolom 'tekst' ontbreekt/);
    const empty = readStatements(rows(['tekst']), context());
    expect(!empty.ok && empty.problems[0]!.message).toMatch(/geen rijen/);
    const bad = readStatements(rows(['tekst', 'relevant'], ['Iets.', 'misschien']), context());
    expect(!bad.ok && problemLine(bad.problems[0]!)).toBe(
      "knelpunten.csv, rij 2, kolom 'relevant': 'misschien' is geen ja of nee",
    );
  });
});
