#!/usr/bin/env node
// The bin exists before the build, so that pnpm links it at install time. In a checkout that is
// not built yet it builds the CLI and the corpus package once, quietly (the log only if the
// build fails), then runs; an installed package is always built. CommonJS, as the built CLI is:
// no ES module loader to start (see tsup.config.ts). Nothing here loads what a run does not need:
// node:child_process alone cost every command 2.7 ms, and a module of its own 1.8 ms; on Node
// before 22.1, ./compile-cache.cjs is one, and saves more than it costs (about 3 ms a run).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', 'dist', 'bin.cjs');
if (!existsSync(built)) {
  const root = join(__dirname, '..', '..', '..');
  const turbo = join(root, 'node_modules', '.bin', 'turbo');
  if (!existsSync(turbo)) {
    console.error('error: black-january is not built; run `pnpm build` in the checkout first');
    process.exit(1);
  }
  process.stderr.write('black-january is not built yet: building it once (about a minute)…\n');
  const build = require('node:child_process').spawnSync(
    turbo,
    ['run', 'build', '--filter=@black-january/cli...', '--output-logs=errors-only'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
    },
  );
  if (build.status !== 0 || !existsSync(built)) {
    process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}`);
    console.error('error: the build failed (its log is above)');
    process.exit(1);
  }
}
// V8's compiled code of the CLI's modules, kept between runs: `list` starts about 3.5 ms sooner.
// Node's own cache where there is one (22.1+), ./compile-cache.cjs before; NODE_COMPILE_CACHE and
// NODE_DISABLE_COMPILE_CACHE as Node reads them. A cache that cannot be written is only a slower
// start.
if (!process.env.NODE_DISABLE_COMPILE_CACHE) {
  const { enableCompileCache } = require('node:module');
  const dir = process.env.NODE_COMPILE_CACHE || undefined;
  if (enableCompileCache) {
    try {
      enableCompileCache(dir);
    } catch {}
  } else {
    const root = dir ?? join(require('node:os').tmpdir(), 'node-compile-cache');
    require('./compile-cache.cjs').cacheCompiledCode(root, require.main);
  }
}
require(built);
