// Renders every shipped citation (each corpus record in each built-in style, mode and format)
// with the live citation-js engine and writes src/internal/records/shipped-citations.json, which the
// build then bundles. The source is bundled with esbuild because Node 20 cannot run TypeScript.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
// Inside the package, so that the bundle resolves citation-js from the package's node_modules.
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const dir = mkdtempSync(join(root, 'node_modules/.cache/citations-'));
try {
  const outfile = join(dir, 'render.mjs');
  await build({
    stdin: {
      contents: [
        "export { renderShippedTable } from './src/internal/cite/shipped-render.ts';",
        "export { documents } from './src/bundled.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    conditions: ['source'],
    external: ['@citation-js/*'],
    logLevel: 'error',
  });
  const { documents, renderShippedTable } = await import(pathToFileURL(outfile).href);
  const target = join(root, 'src/internal/records/shipped-citations.json');
  const json = `${JSON.stringify(renderShippedTable(documents))}\n`;
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== json) writeFileSync(target, json);
  console.log(
    `shipped citations: ${json.length} bytes${current === json ? ' (unchanged)' : ' (written)'}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
