import Module from 'node:module';

// Node 22.1+'s API; @types/node 20 has no declarations of it.
type NodeCompileCache = {
  enableCompileCache?: (dir?: string) => { status: number };
  constants?: { compileCacheStatus?: { ENABLED: number; ALREADY_ENABLED: number } };
};

/**
 * Keep V8's compiled code of the modules the CLI loads, and reuse it in the next run
 * (`module.enableCompileCache`, Node 22.1+): `list` starts about 3.5 ms sooner on Node 22.
 * `NODE_COMPILE_CACHE` names the directory and `NODE_DISABLE_COMPILE_CACHE` turns it off, as
 * Node reads them. Node 20 has no such cache: a hand-made one, through the CommonJS loader's
 * internals, measured about 1 ms, not worth its risk. Never throws: a cache that cannot be
 * written is a slower start.
 * @returns whether the cache is on
 */
export function enableCompileCache(env: Record<string, string | undefined> = process.env): boolean {
  const { enableCompileCache: enable, constants } = Module as NodeCompileCache;
  const status = constants?.compileCacheStatus;
  if (!enable || !status || env.NODE_DISABLE_COMPILE_CACHE) return false;
  try {
    const result = enable(env.NODE_COMPILE_CACHE || undefined).status;
    return result === status.ENABLED || result === status.ALREADY_ENABLED;
  } catch {
    return false;
  }
}
