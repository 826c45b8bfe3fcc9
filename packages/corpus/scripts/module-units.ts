// An esbuild plugin (tsup's `esbuildPlugins`) that builds the package as a few modules of known
// content. esbuild's code splitting makes one chunk per set of entries sharing code: importing
// `/records` loaded ten modules, and Node's ES module loader costs about half a millisecond each.
//
// A unit is the files reached from its roots, less those an earlier unit took, built as one
// module: a package entry (`entry`), or a module of its own exporting what other modules import
// from its files (`barrel`: a build entry, not a package export). A module that imports a file of
// another unit imports it from that unit's module, through a generated facade of exactly the
// file's exports; so each file is built into one module only, and classes and caches keep one
// identity. Files no unit takes are built into the one entry that reaches them.
//
// The build fails, naming the file or the names, when a file would be built into two modules, a
// module lacks a name another asks it for, or an entry lost an export.
import { relative, resolve } from 'node:path';
import type { Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];
type Build = Parameters<Plugin['setup']>[0];

/** A unit: the files reached from `roots`, less those matching `exclude` (paths from the package). */
export interface Unit {
  kind: 'entry' | 'barrel';
  roots: string[];
  exclude?: RegExp;
}

// Namespaces of the generated modules: a file's facade, a unit's names as one output imports
// them, and a barrel's entry.
const FACADE = 'unit-facade';
const REF = 'unit-ref';
const BARREL = 'unit-barrel';
const generated = (input: string) => [FACADE, REF, BARREL].some((n) => input.startsWith(`${n}:`));

const problem = (text: string) => ({ pluginName: 'module-units', text });

/** What an esbuild bundle of `roots` reads (packages other than `inline` left out), and exports. */
async function probe(build: Build, roots: string[], inline: RegExp) {
  const { metafile } = await build.esbuild.build({
    entryPoints: roots,
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
  const files = Object.keys(metafile.inputs).map((file) => resolve(file));
  const imports = Object.entries(metafile.inputs).flatMap(([file, input]) =>
    input.imports.filter((i) => !i.external).map((i) => [resolve(file), resolve(i.path)] as const),
  );
  const exports = Object.values(metafile.outputs).flatMap((output) => output.exports);
  return { files, imports, exports };
}

/** The names an ES module's text exports, as written (esbuild's metafile can list more). */
async function written(build: Build, text: string): Promise<string[]> {
  const { metafile } = await build.esbuild.build({
    stdin: { contents: text, loader: 'js' },
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
  });
  return Object.values(metafile.outputs).flatMap((output) => output.exports);
}

/**
 * The plugin; `units` in order: a file reached by two units belongs to the first. `inline`: the
 * packages built in (tsup's `noExternal`), whose files units take like the package's own.
 */
export function moduleUnits(units: Record<string, Unit>, inline: RegExp): Plugin {
  return {
    name: 'module-units',
    setup(build) {
      // tsup names CommonJS outputs `.cjs` (and with its treeshake, builds them as ES modules first).
      const ext = build.initialOptions.outExtension?.['.js'] ?? '.js';
      // The package's entries; the barrels are entries of the build only, unknown to tsup.
      const points = Object.entries(build.initialOptions.entryPoints as Record<string, string>);
      const entries = Object.fromEntries(points.filter(([name]) => units[name]?.kind !== 'barrel'));
      build.initialOptions.entryPoints = { ...entries };
      for (const [name, unit] of Object.entries(units))
        if (unit.kind === 'barrel') build.initialOptions.entryPoints[name] = `${BARREL}:${name}`;
      build.initialOptions.metafile = true;

      const names = new Map<string, Promise<string[]>>();
      const namesOf = (file: string) => {
        if (!names.has(file))
          names.set(
            file,
            probe(build, [file], inline).then((p) => p.exports),
          );
        return names.get(file) as Promise<string[]>;
      };
      /** The module each file is built into: its unit's, or the entry's that reaches it. */
      const output = new Map<string, string>();
      const owner = new Map<string, string>();
      /** Per unit and importing module, the unit's files that module imports. */
      const wanted = new Map<string, Set<string>>();
      const entryOf = new Map(Object.entries(entries).map(([name, path]) => [resolve(path), name]));

      build.onStart(async () => {
        for (const map of [output, owner, wanted]) map.clear();
        for (const [unit, { roots, exclude }] of Object.entries(units))
          for (const file of (await probe(build, roots, inline)).files)
            if (!owner.has(file) && !exclude?.test(relative('.', file))) owner.set(file, unit);
        for (const [file, unit] of owner) output.set(file, unit);
        const edges: (readonly [string, string])[] = [];
        for (const [name, path] of Object.entries(entries)) {
          const reached = await probe(build, [path], inline);
          for (const file of reached.files) if (!output.has(file)) output.set(file, name);
          edges.push(...reached.imports);
          const unit = owner.get(resolve(path));
          if (unit !== undefined && unit !== name) edges.push([`${name}\0`, resolve(path)]);
        }
        for (const [from, to] of edges) {
          const unit = owner.get(to);
          const out = from.endsWith('\0') ? from.slice(0, -1) : output.get(from);
          if (unit === undefined || out === undefined || unit === out) continue;
          const key = `${unit}?${out}`;
          wanted.set(key, (wanted.get(key) ?? new Set()).add(to));
        }
      });

      build.onResolve({ filter: /.*/, namespace: FACADE }, (args) => ({
        path: args.path,
        namespace: REF,
      }));
      build.onResolve({ filter: /.*/, namespace: REF }, (args) => ({
        path: `./${args.path}${ext}`,
        external: true,
      }));
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'inner') return undefined;
        if (args.kind === 'entry-point' && args.path.startsWith(`${BARREL}:`))
          return { path: args.path.slice(BARREL.length + 1), namespace: BARREL };
        if (args.kind !== 'entry-point' && !/^[./]/.test(args.path) && !inline.test(args.path))
          return undefined;
        const found = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: 'inner',
        });
        if (found.errors.length > 0) return found;
        const unit = owner.get(found.path);
        const out =
          args.kind === 'entry-point'
            ? entryOf.get(found.path)
            : args.namespace === BARREL
              ? args.importer
              : output.get(args.importer);
        if (unit === undefined || unit === out) return found;
        return { path: `${out}|${found.path}`, namespace: FACADE, pluginData: `${unit}?${out}` };
      });

      build.onLoad({ filter: /.*/, namespace: FACADE }, async (args) => {
        const file = args.path.slice(args.path.indexOf('|') + 1);
        const list = await namesOf(file);
        const ref = JSON.stringify(args.pluginData);
        return { contents: `export { ${list.join(', ')} } from ${ref};`, loader: 'ts' };
      });
      // One module per unit and importer re-exports the unit's names for every facade, so that a
      // name two files export (one re-exporting the other's) is one binding, not two that an
      // `export *` would drop; it names what that importer uses, no more.
      build.onLoad({ filter: /.*/, namespace: REF }, async (args) => {
        const files = [...(wanted.get(args.path) ?? [])];
        const list = new Set((await Promise.all(files.map(namesOf))).flat());
        const unit = args.path.slice(0, args.path.indexOf('?'));
        return {
          contents: `export { ${[...list].join(', ')} } from ${JSON.stringify(unit)};`,
          loader: 'ts',
        };
      });
      build.onLoad({ filter: /.*/, namespace: BARREL }, (args) => {
        const files = new Set<string>();
        for (const [key, set] of wanted)
          if (key.startsWith(`${args.path}?`)) for (const file of set) files.add(file);
        const contents = [...files].map((file) => `export * from ${JSON.stringify(file)};`);
        return { contents: contents.join('\n'), loader: 'js', resolveDir: resolve('src') };
      });

      build.onEnd(async (result) => {
        if (!result.metafile) return;
        const errors: ReturnType<typeof problem>[] = [];
        const builtInto = new Map<string, string[]>();
        for (const [out, { inputs }] of Object.entries(result.metafile.outputs))
          if (out.endsWith(ext))
            for (const input of Object.keys(inputs))
              if (!generated(input)) builtInto.set(input, [...(builtInto.get(input) ?? []), out]);
        for (const [input, outs] of builtInto)
          if (outs.length > 1)
            errors.push(problem(`${input} is built into ${outs.join(' and ')}: give it a unit`));
        // The check of names reads ES modules; a CommonJS build has the same units.
        if (build.initialOptions.format === 'cjs') return { errors };
        const exportsOf = new Map<string, Set<string>>();
        for (const file of result.outputFiles ?? [])
          if (file.path.endsWith(ext))
            exportsOf.set(
              file.path.slice(file.path.lastIndexOf('/') + 1, -ext.length),
              new Set(await written(build, file.text)),
            );
        for (const [key, files] of wanted) {
          const unit = key.slice(0, key.indexOf('?'));
          const list = (await Promise.all([...files].map(namesOf))).flat();
          const missing = list.filter((name) => !exportsOf.get(unit)?.has(name));
          if (missing.length === 0) continue;
          errors.push(
            problem(
              units[unit]?.kind === 'entry'
                ? `${[...files].map((f) => relative('.', f)).join(', ')}: in the ${unit} entry, which does not export ${missing.join(', ')}; give them a barrel unit`
                : `${unit} lacks ${missing.join(', ')}: two of its files export different things by these names`,
            ),
          );
        }
        for (const [name, path] of Object.entries(entries)) {
          const missing = (await namesOf(resolve(path))).filter(
            (n) => !exportsOf.get(name)?.has(n),
          );
          if (missing.length > 0)
            errors.push(
              problem(`the ${name} entry lost ${missing.join(', ')}: two files export them`),
            );
        }
        return { errors };
      });
    },
  };
}
