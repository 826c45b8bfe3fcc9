// What the module-units plugin learns from esbuild itself: the files a bundle reads, the imports
// between them, and the names a module exports.
import { resolve } from 'node:path';
import type { Options } from 'tsup';

export type Plugin = NonNullable<Options['esbuildPlugins']>[number];
export type Build = Parameters<Plugin['setup']>[0];

/** What a bundle of one file reads and exports. */
export interface Probed {
  files: string[];
  exports: string[];
}

/**
 * One esbuild build bundling each of `entries` on its own (packages other than `inline` left
 * out): per entry, the files its bundle reads and the names it exports; and every import between
 * the files read.
 */
export async function probe(build: Build, entries: string[], inline: RegExp) {
  const { metafile } = await build.esbuild.build({
    entryPoints: entries.map((file, n) => ({ in: file, out: String(n) })),
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    outdir: 'unit-probe',
    logLevel: 'silent',
    plugins: [
      {
        name: 'packages-outside',
        setup(inner) {
          inner.onResolve({ filter: /^[^./]/ }, (args) =>
            args.kind === 'entry-point' || inline.test(args.path)
              ? undefined
              : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  const imports = Object.entries(metafile.inputs).flatMap(([file, input]) =>
    input.imports.filter((i) => !i.external).map((i) => [resolve(file), resolve(i.path)] as const),
  );
  // What each bundle reads, walked from its entry: an output lists only the files that gave it
  // bytes, not those that only re-export.
  const next = new Map<string, string[]>();
  for (const [from, to] of imports) next.set(from, [...(next.get(from) ?? []), to]);
  const reached = (entry: string) => {
    const files = new Set([entry]);
    for (const file of files) for (const to of next.get(file) ?? []) files.add(to);
    return [...files];
  };
  const of = new Map<string, Probed>();
  for (const [out, output] of Object.entries(metafile.outputs)) {
    const entry = entries[Number(out.slice(out.lastIndexOf('/') + 1, -'.js'.length))];
    if (entry === undefined || !out.endsWith('.js')) continue;
    of.set(resolve(entry), { files: reached(resolve(entry)), exports: output.exports });
  }
  return { of, imports };
}

/** The names an ES module's text exports, as written (esbuild's metafile can list more). */
export async function written(build: Build, text: string): Promise<string[]> {
  const { metafile } = await build.esbuild.build({
    stdin: { contents: text, loader: 'js' },
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
  });
  return Object.values(metafile.outputs).flatMap((output) => output.exports);
}
