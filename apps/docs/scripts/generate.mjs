// Pages generated before `astro build` from the sources they document, never edited by hand:
// the API reference (TypeDoc, from the corpus package's public modules) and the changelog (from
// the changesets and the packages' CHANGELOG.md files). Both land in git-ignored paths.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application } from 'typedoc';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const corpus = join(root, 'packages', 'corpus');
const docs = join(here, '..', 'src', 'content', 'docs');
const MODULES = [
  'index',
  'records',
  'symbols',
  'ingest',
  'cite',
  'citations',
  'citation-js',
  'export',
  'vocabulary',
  'errors',
  'parquet',
];

async function apiReference() {
  const out = join(docs, 'api');
  rmSync(out, { recursive: true, force: true });
  const app = await Application.bootstrapWithPlugins({
    entryPoints: MODULES.map((m) => join(corpus, 'src', `${m}.ts`)),
    tsconfig: join(corpus, 'tsconfig.json'),
    plugin: ['typedoc-plugin-markdown'],
    out,
    readme: 'none',
    outputFileStrategy: 'modules',
    flattenOutputFiles: true,
    hidePageHeader: true,
    hideBreadcrumbs: true,
    excludePrivate: true,
    excludeInternal: true,
    disableSources: true,
    logLevel: 'Warn',
  });
  const project = await app.convert();
  if (!project) throw new Error('TypeDoc could not read the corpus package');
  await app.generateOutputs(project);
  // The module list duplicates the sidebar.
  rmSync(join(out, 'README.md'), { force: true });
  for (const file of readdirSync(out)) {
    if (!file.endsWith('.md')) continue;
    const up = file === 'index.md' ? './' : '../';
    const path = join(out, file);
    let text = readFileSync(path, 'utf8');
    const title = text.match(/^# (.+)$/m)?.[1] ?? file.replace(/\.md$/, '');
    text = text.replace(/^# .+\n/m, '');
    // TypeDoc links files; the site serves each as a directory page.
    text = text.replace(/\]\((?!https?:)([^)#]*?)\.md(#[^)]*)?\)/g, (_, target, hash = '') => {
      const page = target === 'index' || target === 'README' ? '' : `${target}/`;
      return `](${up}${page}${hash})`;
    });
    const name = title.replace(/^(Module|Function|Interface|Type Alias|Class|Variable): /, '');
    const heading = name === 'index' ? '@black-january/corpus' : `@black-january/corpus/${name}`;
    writeFileSync(path, `---\ntitle: ${JSON.stringify(heading)}\n---\n\n${text}`);
  }
}

function changelog() {
  const parts = [
    '---',
    'title: Changelog',
    'description: What changed in each package, from the changesets.',
    '---',
    '',
  ];
  const pending = join(root, '.changeset');
  const entries = readdirSync(pending)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort();
  if (entries.length)
    parts.push(
      '## Unreleased',
      '',
      'Changes recorded with changesets, to be published in the next release.',
      '',
    );
  for (const file of entries) {
    const text = readFileSync(join(pending, file), 'utf8');
    // The front matter changesets reads; a formatter once turned it into a heading, silently.
    const match = text.match(/^---\n((?:["'][^"']+["']: (?:major|minor|patch)\n)+)---\n([\s\S]*)$/);
    if (!match)
      throw new Error(
        `.changeset/${file}: no changesets front matter ("'pkg': minor" lines between --- lines)`,
      );
    const [, front = '', body = ''] = match;
    const bumps = front
      .trim()
      .split('\n')
      .map((l) => l.replace(/["']/g, ''))
      .join(', ');
    parts.push(`### ${bumps}`, '', body.trim().replace(/^#+ /gm, '#### '), '');
  }
  for (const pkg of ['packages/corpus', 'apps/cli']) {
    const log = join(root, pkg, 'CHANGELOG.md');
    if (existsSync(log)) parts.push(readFileSync(log, 'utf8').replace(/^# (.+)$/m, '## $1'), '');
  }
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(docs, 'changelog.md'), `${parts.join('\n')}\n`);
}

await apiReference();
changelog();
