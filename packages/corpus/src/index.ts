export * from './corpus.js';
export * from './json-schema.js';
export * from './records.js';
export * from './schema.js';
export * from './schema-facts.js';
export * from './schema-metadata.js';
export * from './schema-text.js';
export * from './validate.js';
