import type { AnyCommand } from '../command.js';
import { cite } from './cite.js';
import { completion } from './completion.js';
import { exportCommand } from './export.js';
import { figures } from './figures.js';
import { ingest } from './ingest.js';
import { list } from './list.js';
import { search } from './search.js';
import { show } from './show.js';
import { symbols } from './symbols.js';
import { validate } from './validate.js';

/** Every command, in the order help lists them. */
export const COMMANDS: readonly AnyCommand[] = [
  list,
  show,
  search,
  figures,
  cite,
  exportCommand,
  symbols,
  ingest,
  validate,
  completion(() => COMMANDS),
];
