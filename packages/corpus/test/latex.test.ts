// The BibTeX and BibLaTeX exports in a real LaTeX run: pdflatex with biber and biblatex-oscola,
// and pdflatex with classic BibTeX. .ci/run installs Debian's texlive; on a machine without it the
// test is skipped, except in CI, where a missing TeX is a failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documents, getDocument } from '../src/bundled.js';
import { exportRecords } from '../src/cite.js';
import { ingestText } from '../src/ingest.js';
import type { DocumentRecord } from '../src/schema.js';
import { hostileRecords, unvalidatedRecords } from './fixtures/hostile.js';
import { readFixture } from './helpers.js';
import { hasTool } from './tools.js';

const TOOLS = ['pdflatex', 'biber', 'bibtex', 'pdftotext'];
const available = TOOLS.every(hasTool);
if (!available && process.env.CI)
  throw new Error(`CI needs ${TOOLS.join(', ')} (Debian texlive, biber, poppler-utils)`);

const georgia = ingestText(readFixture('ingest/ga-sc-double-pdf.txt'), {
  id: 'georgia-2020',
}).record;
const records = [...documents, georgia];
const dir = mkdtempSync(join(tmpdir(), 'latex-'));
afterAll(() => process.env.KEEP_LATEX || rmSync(dir, { recursive: true, force: true }));

function compile(name: string, tex: string, bib: string, backend: 'biber' | 'bibtex'): string {
  writeFileSync(join(dir, `${name}.tex`), tex);
  writeFileSync(join(dir, 'corpus.bib'), bib);
  const run = (cmd: string, args: string[]) =>
    execFileSync(cmd, args, { cwd: dir, stdio: 'pipe', timeout: 120_000 });
  const latex = () =>
    run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', `${name}.tex`]);
  latex();
  run(backend, [name]);
  latex();
  latex();
  return squeeze(execFileSync('pdftotext', [join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' }));
}
/** pdftotext breaks lines (and hyphenated words) where TeX did: compare without spaces, hyphens and quote marks. */
const squeeze = (s: string) => s.replace(/[\s"“”-]+/g, '');

describe.skipIf(!available)('exports in a real LaTeX run', () => {
  it('BibLaTeX with biblatex-oscola: footnote citations and bibliography of UN documents and press releases', () => {
    const tex = String.raw`\documentclass{article}
\usepackage[british]{babel}
\usepackage[style=oscola,backend=biber]{biblatex}
\addbibresource{corpus.bib}
\begin{document}
One.\footcite{georgia-2020} Two.\footcite[annex]{2023-01-20-letter} Three.\footcite{2020-01-20-press-release}
\nocite{*}
\printbibliography
\end{document}`;
    const pdf = compile('oscola', tex, exportRecords(records, 'biblatex'), 'biber');
    expect(pdf).toContain(
      squeeze(
        `UNGA and UNSC, ${georgia.title} (29 September 2020) UN Doc A/75/356-S/2020/947 ⟨https://undocs.org/A/75/356⟩.`,
      ),
    );
    expect(pdf).toContain(
      squeeze(
        'UNGA, Letter dated 20 January 2023 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General [2023], annex.',
      ),
    );
    expect(pdf).toContain(
      squeeze(
        'Permanent Mission of the Republic of Azerbaijan to the United Nations, Thirtieth anniversary of the “Black January” (New York, 20 January 2020).',
      ),
    );
    expect(pdf).toContain(squeeze('34th anniversary of the “Black January” tragedy'));
  }, 180_000);

  it('BibTeX with the plain style: every record in the bibliography', () => {
    const tex = String.raw`\documentclass{article}
\begin{document}
\nocite{*}
\bibliographystyle{plain}
\bibliography{corpus}
\end{document}`;
    const pdf = compile('plain', tex, exportRecords(records, 'bibtex'), 'bibtex');
    for (const r of records) expect(pdf).toContain(squeeze(r.title));
    expect(pdf).toContain(
      squeeze('Technical Report A/75/356-S/2020/947, United Nations, September 2020.'),
    );
  }, 180_000);

  it('hostile records: no file read into the PDF, no shell command, exactly one entry each', () => {
    const marker = `SECRET-${Math.random().toString(36).slice(2)}`;
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, `${marker}\n`);
    const doc = (id: string) => getDocument(id) as DocumentRecord;
    const hostile = [
      ...hostileRecords(doc('2020-01-20-press-release'), doc('2023-01-20-letter'), secret),
      ...unvalidatedRecords(doc('2024-01-20-statement'), secret),
    ];
    const runs = [
      {
        name: 'hostile-bibtex',
        backend: 'bibtex' as const,
        bib: exportRecords(hostile, 'bibtex'),
        tex: String.raw`\documentclass{article}
\begin{document}
\nocite{*}
\bibliographystyle{plain}
\bibliography{corpus}
\end{document}`,
        entries: /\\bibitem\{([^}]*)\}/g,
      },
      {
        name: 'hostile-biblatex',
        backend: 'biber' as const,
        bib: exportRecords(hostile, 'biblatex'),
        tex: String.raw`\documentclass{article}
\usepackage[british]{babel}
\usepackage[style=oscola,backend=biber]{biblatex}
\addbibresource{corpus.bib}
\begin{document}
\nocite{*}
\printbibliography
\end{document}`,
        entries: /\\entry\{([^}]*)\}/g,
      },
    ];
    for (const run of runs) {
      const pdf = compile(run.name, run.tex, run.bib, run.backend);
      expect(pdf).not.toContain(marker);
      expect(pdf).toContain(squeeze('Closing brace eaten % }'));
      const bbl = readFileSync(join(dir, `${run.name}.bbl`), 'utf8');
      expect(bbl).not.toContain(marker);
      expect([...bbl.matchAll(run.entries)].map((m) => m[1]).sort()).toEqual([
        'hostile-letter',
        'hostile-release',
        `raw---misc-evil2--title-----input-${secret.replace(/[^A-Za-z0-9_:.-]/g, '-')}--`,
      ]);
      expect(existsSync(join(dir, 'pwned'))).toBe(false);
    }
  }, 180_000);
});
