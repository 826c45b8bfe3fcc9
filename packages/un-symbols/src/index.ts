export * from './describe-symbol.js';
export * from './errors.js';
export * from './extract-symbols.js';
export * from './ordinal.js';
export * from './parse-symbol.js';
export * from './roman.js';
export * from './states.js';
export * from './symbol-links.js';
