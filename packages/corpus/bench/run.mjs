// `pnpm bench`: every figure is a ratio against a baseline measured in the same run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = (f) => fileURLToPath(new URL(f, import.meta.url));
for (const script of ['import-time.mjs', 'cite.mjs', 'search.mjs', 'ingest.mjs', 'parquet.mjs']) {
  const { status } = spawnSync(
    process.execPath,
    ['--max-old-space-size=8192', '--expose-gc', here(script)],
    {
      stdio: 'inherit',
    },
  );
  if (status !== 0) process.exit(status ?? 1);
}
