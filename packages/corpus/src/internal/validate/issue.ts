import type { Issue } from '../../errors.js';

/** An issue found by a check: code, message and the path of the field. */
export const issue = (code: string, message: string, ...path: Array<string | number>): Issue => ({
  code,
  message,
  path,
});
