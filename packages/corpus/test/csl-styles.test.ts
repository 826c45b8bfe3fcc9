// The project's CSL styles against the official CSL 1.0.2 schema in ../shared/reference
// (csl.rnc, checked with rnv compiled to WebAssembly), and the embedded copies against the files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import RNV from 'csl-validator-wasm/rnv.mjs';
import { describe, expect, it } from 'vitest';
import { STYLE_XML } from '../src/internal/cite/styles.generated.js';
import { PACKAGE_DIR } from './helpers.js';

const SCHEMA_DIR = join(PACKAGE_DIR, '..', '..', '..', 'shared', 'reference', 'csl-schema');
const STYLES_DIR = join(PACKAGE_DIR, 'styles');
const styleFiles = readdirSync(STYLES_DIR).filter((f) => f.endsWith('.csl'));

async function validate(xml: string): Promise<string> {
  let out = '';
  const print = (line: string) => {
    if (line !== '/style.csl') out += `${line}\n`;
  };
  await RNV({
    arguments: ['/reference/csl.rnc', '/style.csl'],
    preRun(rnv: { FS: { mkdir(p: string): void; writeFile(p: string, d: string): void } }) {
      rnv.FS.mkdir('/reference');
      for (const f of readdirSync(SCHEMA_DIR).filter((n) => n.endsWith('.rnc')))
        rnv.FS.writeFile(`/reference/${f}`, readFileSync(join(SCHEMA_DIR, f), 'utf8'));
      rnv.FS.writeFile('/style.csl', xml);
    },
    print,
    printErr: print,
  });
  return out.trim();
}

describe.skipIf(!existsSync(SCHEMA_DIR))('CSL styles', () => {
  it.each(styleFiles)('%s is valid CSL 1.0.2', async (file) => {
    expect(await validate(readFileSync(join(STYLES_DIR, file), 'utf8'))).toBe('');
  });

  it('the validator rejects an invalid style (so the checks above can fail)', async () => {
    const xml = readFileSync(join(STYLES_DIR, 'apa.csl'), 'utf8').replace(
      '<citation>',
      '<citation><bogus/>',
    );
    expect(await validate(xml)).toMatch(/bogus/);
  });
});

it('the embedded styles are the files (run scripts/embed-styles.mjs after editing a style)', () => {
  expect(Object.keys(STYLE_XML).sort()).toEqual(styleFiles.map((f) => f.slice(0, -4)).sort());
  for (const file of styleFiles)
    expect(STYLE_XML[file.slice(0, -4) as keyof typeof STYLE_XML]).toBe(
      readFileSync(join(STYLES_DIR, file), 'utf8'),
    );
});
