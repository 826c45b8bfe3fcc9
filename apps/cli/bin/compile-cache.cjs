// V8's compiled code of the CLI's CommonJS modules (`.cjs`: the bin and the corpus package),
// kept between runs, for a Node without `module.enableCompileCache` (before 22.1): V8 then reads
// each module's code rather than compiling it again, and the functions a run compiled on first
// call come with it. In one process each, `list` took 11.3 ms in place of 14.3 on Node 20.
//
// A cached file is named for its module's real path and for the module file's size, inode,
// modification and change times: a file replaced or rewritten has a new change time, which no
// program can set back. V8 itself rejects
// code from another V8, other flags or a source of another length; a rejected file is compiled
// as usual and written again. The directory must be this user's and no one else's to write, as
// what it holds runs. A module that calls `import()` is left to Node: V8 on Node 20 loses a
// cached function's way to import (and `vm`'s default importer warns that it is experimental).
// Nothing here fails a run: a cache that cannot be read or written is only a slower start.
'use strict';
const Module = require('node:module');
const { Script } = require('node:vm');
const fs = require('node:fs');
const { dirname, join } = require('node:path');

// `import(`, with spaces or comments before the parenthesis; in a string too, which only costs
// that module its cache.
const DYNAMIC_IMPORT = /\bimport\s*(?:\/\*[\s\S]*?\*\/\s*)*\(/;

// FNV-1a, twice (two offsets): 64 bits of a short key, without loading node:crypto (~2 ms).
function hash(text) {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The directory, made if need be; undefined unless only this user can write to it. */
function ownDirectory(dir) {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const info = fs.statSync(dir);
    const mine = typeof process.getuid !== 'function' || info.uid === process.getuid();
    return info.isDirectory() && mine && (info.mode & 0o022) === 0 ? dir : undefined;
  } catch {
    return undefined;
  }
}

function requireFor(module, main) {
  const require = (id) => module.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, module);
  require.main = main;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

/**
 * Compiles every CommonJS `.cjs` module loaded from now on with V8's code cache, kept in a
 * directory of `root` named for this Node; returns false, changing nothing, when `root` or that
 * directory is not this user's alone (whoever can write to `root` can swap the directory).
 */
function cacheCompiledCode(root, main) {
  const dir =
    ownDirectory(root) &&
    ownDirectory(join(root, `black-january-${process.version}-${process.arch}`));
  if (!dir) return false;
  const compile = Module.prototype._compile;
  const written = [];
  Module.prototype._compile = function (content, filename, format) {
    if (format !== 'commonjs' || !filename.endsWith('.cjs') || DYNAMIC_IMPORT.test(content))
      return compile.call(this, content, filename, format);
    let entry;
    let cachedData;
    try {
      // Node names a module of a linked package by the link in some runs, by its target in
      // others (pnpm's node_modules): one file, one key.
      const real = fs.realpathSync(filename);
      const s = fs.statSync(real, { bigint: true });
      const module = `${hash(real)}-`;
      entry = { module, name: module + hash(`${s.size}\0${s.ino}\0${s.mtimeNs}\0${s.ctimeNs}`) };
      cachedData = fs.readFileSync(join(dir, entry.name));
    } catch {}
    // Node strips a hashbang line; inside the wrapper it would not parse.
    const source = content.startsWith('#!') ? `//${content.slice(2)}` : content;
    const script = new Script(
      `(function (exports, require, module, __filename, __dirname) { ${source}\n});`,
      { filename, cachedData },
    );
    if (entry && (cachedData === undefined || script.cachedDataRejected))
      written.push({ ...entry, script });
    const wrapper = script.runInThisContext({ displayErrors: true });
    return wrapper.call(
      this.exports,
      this.exports,
      requireFor(this, main),
      this,
      filename,
      dirname(filename),
    );
  };
  // At exit, so that the code of the functions this run called is in the cache too. A module's
  // earlier files (a build or version before) go: one file a module.
  process.once('exit', () => {
    let names = [];
    try {
      if (written.length > 0) names = fs.readdirSync(dir);
    } catch {}
    for (const { module, name, script } of written) {
      const temporary = join(dir, `${name}.${process.pid}.tmp`);
      try {
        fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(temporary, join(dir, name));
        for (const old of names)
          if (old.startsWith(module) && old !== name) fs.rmSync(join(dir, old), { force: true });
      } catch {
        try {
          fs.rmSync(temporary, { force: true });
        } catch {}
      }
    }
  });
  return true;
}

module.exports = { cacheCompiledCode };
