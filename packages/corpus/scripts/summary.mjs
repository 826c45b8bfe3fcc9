// The main job on the bundled corpus: validate every record, list the documents, and show what
// each one states about the events (the documents' words, attributed, never merged).
import {
  compareFigures,
  corpusVersion,
  createCorpus,
  documents,
  figureValue,
  formatLocator,
  verifyQuote,
} from '../dist/index.js';

const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const pad = (s, n) => String(s).padEnd(n);

createCorpus(documents);
console.log(
  `Black January corpus — data ${corpusVersion.version} (${corpusVersion.contentHash.slice(0, 19)}…), ` +
    `${documents.length} records, all valid against the schema and cross-field rules\n`,
);
console.log(`${pad('id', 26)}${pad('date', 14)}${pad('kind', 15)}title`);
for (const d of documents) {
  const date = d.date ?? `(${d.occasion?.date ?? '—'})`;
  console.log(`${pad(d.id, 26)}${pad(date, 14)}${pad(d.kind, 15)}${clip(d.title, 70)}`);
}

console.log('\nFigures as each document states them:');
for (const { metric, statements, agree } of compareFigures()) {
  console.log(`\n  ${metric}${agree ? '' : '  (the documents differ)'}`);
  for (const s of statements) {
    const value = figureValue(s);
    console.log(
      `    ${pad(value, 24)}${pad(s.id, 26)}${pad(s.pinpoint, 16)}“${clip(s.quote, 60)}”`,
    );
  }
}

const check = verifyQuote('131 civilians were killed');
const where = check.matches.map((m) => `${m.id} ${formatLocator(m.locator)}`).join('; ');
console.log(`\nverifyQuote("131 civilians were killed") → ${where}`);
