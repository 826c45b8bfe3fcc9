import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCES_DIR = join(PACKAGE_DIR, 'sources');
/** The seeds as CI provides them beside the clone; absent on a machine without ../shared. */
export const SEEDS_DIR = join(PACKAGE_DIR, '..', '..', '..', 'shared', 'seeds');
export const HAS_SEEDS = existsSync(SEEDS_DIR);

export const readSource = (fileName: string) => readFileSync(join(SOURCES_DIR, fileName), 'utf8');
export const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
export const readFixture = (path: string) =>
  readFileSync(join(PACKAGE_DIR, 'test', 'fixtures', path), 'utf8');

/**
 * A copy of a record (same id, so it is rendered live) with numbered section headings before its
 * text: sections I, II, 2, 2.1 and 3, as a report's would be. No corpus record has sections.
 */
export function withSections<R extends { body: readonly unknown[] }>(record: R): R {
  const headings = ['I. Facts', 'II. Events', '2. Figures', '2.1 Detail', '3. Close'].map(
    (text) => ({ type: 'heading' as const, role: 'label' as const, text }),
  );
  return { ...structuredClone(record), body: [...headings, ...structuredClone(record.body)] };
}
