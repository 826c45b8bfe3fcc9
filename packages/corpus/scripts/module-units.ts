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
import { checkUnits, GENERATED } from './module-checks.js';
import { type Plugin, probe } from './module-probe.js';

/** A unit: the files reached from `roots`, less those matching `exclude` (paths from the package). */
export interface Unit {
  kind: 'entry' | 'barrel';
  roots: string[];
  exclude?: RegExp;
}

// Namespaces of the generated modules: a file's facade, a unit's names as one output imports
// them, and a barrel's entry.
const [FACADE, REF, BARREL] = GENERATED as [string, string, string];

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

      /** Each file's export names, read in one probe of the files a module may ask for. */
      const names = new Map<string, string[]>();
      const namesOf = async (file: string) => {
        const known = names.get(file);
        if (known) return known;
        const probed = (await probe(build, [file], inline)).of.get(file)?.exports ?? [];
        names.set(file, probed);
        return probed;
      };
      /** The module each file is built into: its unit's, or the entry's that reaches it. */
      const output = new Map<string, string>();
      const owner = new Map<string, string>();
      /** Per unit and importing module, the unit's files that module imports. */
      const wanted = new Map<string, Set<string>>();
      const entryOf = new Map(Object.entries(entries).map(([name, path]) => [resolve(path), name]));

      build.onStart(async () => {
        for (const map of [output, owner, wanted, names]) map.clear();
        const roots = [
          ...new Set([...Object.values(units).flatMap((u) => u.roots), ...Object.values(entries)]),
        ].map((root) => resolve(root));
        const { of, imports } = await probe(build, roots, inline);
        const reached = (root: string) => of.get(resolve(root))?.files ?? [];
        for (const [unit, { roots: from, exclude }] of Object.entries(units))
          for (const file of from.flatMap(reached))
            if (!owner.has(file) && !exclude?.test(relative('.', file))) owner.set(file, unit);
        for (const [file, unit] of owner) output.set(file, unit);
        const edges: (readonly [string, string])[] = [...imports];
        for (const [name, path] of Object.entries(entries)) {
          for (const file of reached(path)) if (!output.has(file)) output.set(file, name);
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
        const asked = new Set([...wanted.values()].flatMap((files) => [...files]));
        for (const root of roots) names.set(root, of.get(root)?.exports ?? []);
        const rest = [...asked].filter((file) => !names.has(file));
        if (rest.length > 0)
          for (const [file, probed] of (await probe(build, rest, inline)).of)
            names.set(file, probed.exports);
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
        return { contents: `export { ${list.join(', ')} } from ${ref};`, loader: 'js' };
      });
      // One module per unit and importer re-exports the unit's names for every facade, so that a
      // name two files export (one re-exporting the other's) is one binding, not two that an
      // `export *` would drop. It names the exports of the files that importer imports, no more.
      build.onLoad({ filter: /.*/, namespace: REF }, async (args) => {
        const files = [...(wanted.get(args.path) ?? [])];
        const list = new Set((await Promise.all(files.map(namesOf))).flat());
        const unit = args.path.slice(0, args.path.indexOf('?'));
        return {
          contents: `export { ${[...list].join(', ')} } from ${JSON.stringify(unit)};`,
          loader: 'js',
        };
      });
      build.onLoad({ filter: /.*/, namespace: BARREL }, (args) => {
        const files = new Set<string>();
        for (const [key, set] of wanted)
          if (key.startsWith(`${args.path}?`)) for (const file of set) files.add(file);
        const contents = [...files].map((file) => `export * from ${JSON.stringify(file)};`);
        return { contents: contents.join('\n'), loader: 'js', resolveDir: resolve('src') };
      });

      build.onEnd((result) => checkUnits({ build, result, ext, units, entries, wanted, namesOf }));
    },
  };
}
