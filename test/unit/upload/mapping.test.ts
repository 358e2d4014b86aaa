import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UploadFileError } from '../../../src/sources/upload/errors.ts';
import { loadMapping } from '../../../src/sources/upload/mapping.ts';
import { fixture } from './context.ts';

async function failure(path: string): Promise<UploadFileError> {
  const error = await loadMapping(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UploadFileError);
  return error as UploadFileError;
}

describe('loadMapping', () => {
  it('reads a mapping with a fixed indicator and a code prefix', async () => {
    const mapping = await loadMapping(fixture('mapping-semicolon.json'));
    expect(mapping.indicator).toBe('huisartscontacten');
    expect(mapping.region).toEqual({ column: 'Gemeentecode', codePrefix: 'GM' });
    expect(mapping.count).toBeUndefined();
  });

  it('names the file and every wrong field, in Dutch and English', async () => {
    const path = fixture('mapping-bad.json');
    const { text } = await failure(path);
    expect(text.nl).toContain(`Koppelbestand '${path}'`);
    expect(text.en).toContain(`Mapping file '${path}'`);
    for (const field of ["'region.codePrefix'", "'period'"]) {
      expect(text.nl).toContain(`veld ${field}`);
      expect(text.en).toContain(`field ${field}`);
    }
    expect(text.nl).toContain("veld 'denomintor': onbekend veld (tikfout?)");
    expect(text.en).toContain("field 'denomintor': unknown field (typo?)");
  });

  it('asks for a value or a count column', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jp-mapping-'));
    const path = join(dir, 'koppeling.json');
    await writeFile(
      path,
      JSON.stringify({ indicator: 'x', region: { column: 'r' }, period: { column: 'p' } }),
    );
    expect((await failure(path)).text).toEqual({
      nl: `Koppelbestand '${path}': veld 'value': geef een kolom voor 'value' of voor 'count' (met 'denominator')`,
      en: `Mapping file '${path}': field 'value': give a column for 'value' or for 'count' (with 'denominator')`,
    });
  });

  it('reports a missing file and broken JSON', async () => {
    expect((await failure(fixture('nope.json'))).text.nl).toMatch(
      /^Koppelbestand '.*nope\.json' niet gevonden$/,
    );
    const dir = await mkdtemp(join(tmpdir(), 'jp-mapping-'));
    const broken = join(dir, 'koppeling.json');
    await writeFile(broken, '{ "indicator": "x", ');
    expect((await failure(broken)).text.nl).toContain(`Koppelbestand '${broken}' is geen leesbare JSON`);
  });
});
