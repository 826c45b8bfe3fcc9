/**
 * UN document symbols: parse, validate, normalise, describe, link and extract. This entry is
 * `@black-january/un-symbols`, which has no dependencies and runs in any browser; install that
 * alone if symbols are all you need.
 * @module
 */
export * from '@black-january/un-symbols';
