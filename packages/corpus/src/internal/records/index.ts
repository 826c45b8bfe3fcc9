import type { DocumentRecord } from '../../schema.js';
import { letter20200117 } from './letter-2020-01-17.js';
import { letter20230120 } from './letter-2023-01-20.js';
import { pressRelease20090119 } from './press-release-2009-01-19.js';
import { pressRelease20200120 } from './press-release-2020-01-20.js';
import { statement20240120 } from './statement-2024-01-20.js';

/** The five curated records, in source-file order (000 to 004). */
export const CURATED_RECORDS: readonly DocumentRecord[] = [
  letter20200117,
  letter20230120,
  pressRelease20200120,
  statement20240120,
  pressRelease20090119,
];
