// The checks that end a build by the module-units plugin: each file built into one module, each
// name a facade asks for present in its module, and each entry's exports all there.
import { relative, resolve } from 'node:path';
import { type Build, written } from './module-probe.js';
import type { Unit } from './module-units.js';

/** The namespaces of the modules the plugin generates, which are in every output that uses them. */
export const GENERATED = ['unit-facade', 'unit-ref', 'unit-barrel'];

const generated = (input: string) => GENERATED.some((space) => input.startsWith(`${space}:`));
const problem = (text: string) => ({ pluginName: 'module-units', text });

type BuildResult = Parameters<Parameters<Build['onEnd']>[0]>[0];

export interface Built {
  build: Build;
  result: BuildResult;
  /** The outputs' extension: `.js`, or `.cjs` for tsup's CommonJS build. */
  ext: string;
  units: Record<string, Unit>;
  entries: Record<string, string>;
  /** Per unit and importing module (`unit?module`), the unit's files that module imports. */
  wanted: Map<string, Set<string>>;
  namesOf: (file: string) => Promise<string[]>;
}

/** The problems of a build, as esbuild errors. */
export async function checkUnits({ build, result, ext, units, entries, wanted, namesOf }: Built) {
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
    const missing = (await namesOf(resolve(path))).filter((n) => !exportsOf.get(name)?.has(n));
    if (missing.length > 0)
      errors.push(problem(`the ${name} entry lost ${missing.join(', ')}: two files export them`));
  }
  return { errors };
}
