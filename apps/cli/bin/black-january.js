#!/usr/bin/env node
// The bin exists before the build, so that pnpm links it at install time; it runs the build.
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(built)) {
  console.error('error: black-january is not built yet; run `pnpm build` (or `pnpm start`) first');
  process.exit(1);
}
await import(built.href);
