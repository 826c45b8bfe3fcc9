// @ts-check
import { readFileSync } from 'node:fs';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

// DOCS_BASE serves the site from a sub-path (e.g. /black-january/ on GitHub Pages).
const base = process.env.DOCS_BASE ?? '/';

export default defineConfig({
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The workspace packages are used at build time as any user installs them: from their dist.
  vite: { ssr: { external: ['@black-january/cli', '@black-january/corpus'] } },
  integrations: [
    starlight({
      title: 'Black January corpus',
      description:
        'The documents of the Permanent Mission of Azerbaijan to the United Nations on 20 January 1990: read, search, compare and cite.',
      lastUpdated: false,
      pagination: false,
      customCss: ['./src/styles/site.css'],
      head: [
        {
          tag: 'script',
          content: readFileSync(new URL('./src/lib/search-excerpts.js', import.meta.url), 'utf8'),
        },
      ],
      sidebar: [
        { label: 'Home', link: '/' },
        {
          label: 'Corpus',
          items: [
            { label: 'Documents', link: '/documents/' },
            { label: 'Figures compared', link: '/figures/' },
            { label: 'Indexes', link: '/indexes/' },
            { label: 'Find a UN symbol', link: '/symbols/' },
          ],
        },
        {
          label: 'Guides',
          items: [
            { label: 'Getting started', link: '/guides/getting-started/' },
            { label: 'UN document symbols', link: '/guides/symbols/' },
            { label: 'Citation styles', link: '/reference/citation-styles/' },
            { label: 'Command line', link: '/reference/cli/' },
          ],
        },
        {
          label: 'Reference',
          items: [
            { label: 'Record schema', link: '/reference/schema/' },
            { label: 'API reference', autogenerate: { directory: 'api' }, collapsed: true },
            { label: 'Changelog', link: '/changelog/' },
          ],
        },
      ],
    }),
  ],
});
