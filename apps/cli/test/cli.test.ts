// The CLI's behaviour, run in-process as the bin runs it (`main(argv, io)`); the built binary as
// a child process only where a terminal, an exit status or a signal is what is tested.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, fixture, runMain } from './helpers.js';

/** A control character a terminal would act on (a CR only when not the CR of a CRLF). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is matched
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;
const work = mkdtempSync(join(tmpdir(), 'bj-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The CLI run in this process, as the bin runs it: `main(argv, io)` with buffers for streams. */
const run = (args: string[], input?: string | Buffer, env: Record<string, string> = {}) =>
  runMain(args, { cwd: work, input, env });

describe('black-january, in-process', () => {
  it('prints help and version', async () => {
    expect((await run(['--help'])).out).toContain('Commands:');
    expect((await run(['cite', '--help'])).out).toContain('Examples:');
    expect((await run(['--version'])).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('list: tab-separated when piped, filtered, and JSON', async () => {
    const { out, code } = await run(['list', '--kind', 'letter']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('id\tdate\tkind\ttitle\tsymbols');
    expect(
      out
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t')[0]),
    ).toEqual(['2020-01-17-letter', '2023-01-20-letter']);
    expect(
      JSON.parse((await run(['list', '--json', '--year', '2020'])).out).map(
        (d: { id: string }) => d.id,
      ),
    ).toEqual(['2020-01-17-letter', '2020-01-20-press-release']);
  });

  it('show: metadata and numbered text, one paragraph, by symbol reference, JSON', async () => {
    const { out } = await run(['show', '2020-01-17-letter']);
    expect(out).toContain('symbols       none printed');
    expect(out).toContain('[3] ');
    expect(
      (await run(['show', '2023-01-20-letter', '--annex', '1', '--paragraph', '1'])).out,
    ).toMatch(/^\[1\] On the night of 19–20 January 1990/);
    expect(
      JSON.parse((await run(['show', '2024-01-20-statement', '--format', 'json'])).out).date,
    ).toBeNull();
    expect(await run(['show', 'A/74/649-S/2020/34'])).toMatchObject({
      code: 1,
      err: 'error: A/74/649-S/2020/34 is not in the corpus; it is cited by 2020-01-17-letter\n',
    });
  });

  it('search and figures', async () => {
    const hits = JSON.parse((await run(['search', 'Martyrs', '--json'])).out);
    expect(hits.map((h: { id: string }) => h.id)).toContain('2020-01-17-letter');
    expect((await run(['search', 'Martyrs', '--limit', '1'])).out).toMatch(/\[Martyr/);
    const killed = JSON.parse((await run(['figures', 'killed', '--json'])).out)[0];
    expect(killed.values).toEqual([131, 134, 147, 150]);
    expect((await run(['figures', 'killed'])).out).toContain('“150 civilians were killed”');
    // Figures in words, as the documents qualify them, thousands separated.
    const wounded = (await run(['figures', 'wounded'])).out;
    expect(wounded.split('\n')[0]).toBe(
      'wounded — the documents differ: more than 600 / 744 (each figure is what that document states)',
    );
    expect((await run(['figures'])).out).not.toMatch(/more-than|at-least/);
    const states = (await run(['figures', 'troops'])).out
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((l) => l.split('\t')[2]);
    expect(
      states.every((s) => /^(?:about |more than |at least )?\d{1,3}(?:,\d{3})* /.test(s ?? '')),
    ).toBe(true);
  });

  it('cite: shipped citations, pinpoints, warnings on stderr, bibliography order, a --csl file', async () => {
    const r = await run([
      'cite',
      '2023-01-20-letter',
      '--style',
      'bluebook',
      '--annex',
      '1',
      '--paragraph',
      '3',
    ]);
    expect(r.out).toBe(
      'Letter Dated 20 January 2023 from the Permanent Representative of Azerbaijan to the United Nations Addressed to the Secretary-General, annex, ¶ 3 (Jan. 20, 2023).\n',
    );
    expect(r.err).toContain('warning:');
    expect(
      (await run(['cite', '--all', '--style', 'apa', '--mode', 'bibliography'])).out.split('\n')[0],
    ).toBe('34th anniversary of the “Black January” tragedy [Statement]. (n.d.).');
    const csl = readFileSync(
      join(dirname(BIN), '..', 'node_modules', '@black-january', 'corpus', 'styles', 'chicago.csl'),
      'utf8',
    );
    writeFileSync(join(work, 'mine.csl'), csl);
    writeFileSync(join(work, 'broken.csl'), '<style>');
    // The message names the file, not an invented style name.
    expect(await run(['cite', '2020-01-17-letter', '--csl', 'broken.csl'])).toMatchObject({
      code: 1,
      err: 'error: broken.csl: style \'broken\' is not a CSL style (no <style xmlns="http://purl.org/net/xbiblio/csl">)\n',
    });
    expect((await run(['cite', '2020-01-17-letter', '--csl', 'mine.csl'])).out).toMatch(
      /^United Nations General Assembly and United Nations Security Council, “Letter Dated/,
    );
  });

  it('export: formats, atomic --out that does not overwrite without --force, the JSON Schema', async () => {
    expect((await run(['export', '--format', 'bibtex'])).out).toContain(
      '@techreport{2020-01-17-letter,',
    );
    expect((await run(['export', '--format', 'csv'])).out.split('\r\n')[0]).toBe(
      'id,kind,date,distribution_date,title,symbols,organs,issuer,source_file,source_sha256',
    );
    expect((await run(['export', '--format', 'jsonl'])).out.trim().split('\n')).toHaveLength(5);
    expect((await run(['export', '--format', 'ris', '--out', 'c.ris'])).code).toBe(0);
    expect(await run(['export', '--format', 'ris', '--out', 'c.ris'])).toMatchObject({
      code: 1,
      err: 'error: c.ris exists; use --force to replace it\n',
    });
    expect((await run(['export', '--format', 'json', '--out', 'c.ris', '--force'])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(work, 'c.ris'), 'utf8'))).toHaveLength(5);
    expect(JSON.parse((await run(['export', '--schema'])).out).type).toBe('object');
  });

  it('export --format parquet: two Parquet files with --out, atomically; none to stdout', async () => {
    expect(await run(['export', '--format', 'parquet'])).toMatchObject({
      code: 2,
      err: 'error: export --format parquet needs --out file.parquet (binary files)\n',
    });
    const done = await run([
      'export',
      '--format',
      'parquet',
      '--kind',
      'letter',
      '--out',
      'l.parquet',
    ]);
    expect(done).toMatchObject({
      code: 0,
      out: '',
      err: 'wrote l.parquet (documents) and l.paragraphs.parquet (paragraphs)\n',
    });
    for (const f of ['l.parquet', 'l.paragraphs.parquet']) {
      const bytes = readFileSync(join(work, f));
      expect([bytes.subarray(0, 4).toString(), bytes.subarray(-4).toString()]).toEqual([
        'PAR1',
        'PAR1',
      ]);
    }
    expect((await run(['export', '--format', 'parquet', '--out', 'l.parquet'])).code).toBe(1);
    expect(
      (await run(['export', '--format', 'parquet', '--out', 'l.parquet', '--force'])).code,
    ).toBe(0);
  });

  it('export and validate records you give: a JSON array, JSONL, stdin', async () => {
    const jsonl = (await run(['export', '--format', 'jsonl'])).out;
    expect((await run(['validate', '-'], jsonl)).out.trim().split('\n')).toEqual(
      [1, 2, 3, 4, 5].map((n) => `stdin:${n}: valid`),
    );
    expect((await run(['export', '-', '--format', 'bibtex'], jsonl)).out).toBe(
      (await run(['export', '--format', 'bibtex'])).out,
    );
    writeFileSync(join(work, 'all.json'), (await run(['export', '--format', 'json'])).out);
    expect(
      JSON.parse((await run(['export', 'all.json', '--format', 'json', '--kind', 'letter'])).out),
    ).toEqual(JSON.parse((await run(['export', '--format', 'json', '--kind', 'letter'])).out));
    const broken = jsonl.replace('"date":"2020-01-17"', '"date":"17 January 2020"');
    expect(await run(['export', '-', '--format', 'ris'], broken)).toMatchObject({
      code: 1,
      out: '',
      err: 'error: stdin:2 is not a valid record: date: Invalid ISO date (black-january validate lists every problem)\n',
    });
    // One bad record need not stop the batch: --keep-going names it, exports the rest, exits 1.
    const going = await run(['export', '-', '--format', 'jsonl', '--keep-going'], broken);
    expect(going.code).toBe(1);
    expect(going.err).toBe(
      'left out: stdin:2 is not a valid record: date: Invalid ISO date (black-january validate lists every problem)\n' +
        'error: 1 bad record left out (named above)\n',
    );
    expect(going.out.trim().split('\n')).toHaveLength(4);
    // Files that cannot be read, or lines that are not JSON, are bad records too.
    writeFileSync(
      join(work, 'half.jsonl'),
      `${jsonl.split('\n')[0]}\n{oops\n${jsonl.split('\n')[2]}\n`,
    );
    const files = ['half.jsonl', 'missing.json', 'all.json'];
    const exported = await run([
      'export',
      ...files,
      '--format',
      'jsonl',
      '--keep-going',
      '--out',
      'kept.jsonl',
    ]);
    expect(exported.code).toBe(1);
    expect(exported.err.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^left out: half\.jsonl:2 is not JSON: /),
      'left out: missing.json: no such file',
      expect.stringMatching(
        /^left out: all\.json\[0\] repeats the id "2009-01-19-press-release" of half\.jsonl:1$/,
      ),
      expect.stringMatching(
        /^left out: all\.json\[2\] repeats the id "2020-01-20-press-release" of half\.jsonl:3$/,
      ),
      'wrote kept.jsonl',
      'error: 4 bad records left out (named above)',
    ]);
    expect(readFileSync(join(work, 'kept.jsonl'), 'utf8').trim().split('\n')).toHaveLength(5);
    expect(await run(['export', ...files, '--format', 'jsonl'])).toMatchObject({
      code: 1,
      out: '',
    });
    const checked = await run(['validate', ...files, '--keep-going', '--json']);
    expect(checked.code).toBe(1);
    expect(
      JSON.parse(checked.out).map((r: { file: string; ok: boolean }) => `${r.file} ${r.ok}`),
    ).toEqual([
      'half.jsonl:2 false',
      'missing.json false',
      'half.jsonl:1 true',
      'half.jsonl:3 true',
      // A record set has one record an id: the repeats are problems, as export finds them.
      ...[false, true, false, true, true].map((ok, n) => `all.json[${n}] ${ok}`),
    ]);
    expect(JSON.parse(checked.out)[4].issues[0]).toEqual({
      code: 'duplicate-id',
      message: 'repeats the id "2009-01-19-press-release" of half.jsonl:1',
      path: ['id'],
    });
    expect(await run(['validate', ...files])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/is not JSON/),
    });
  });

  it('symbols from stdin and a file, and parse', async () => {
    expect((await run(['symbols'], 'See A/74/649-S/2020/34 and S/2021/305.')).out).toContain(
      'A/74/649-S/2020/34\tA/74/649-S/2020/34\t',
    );
    expect((await run(['symbols', 'parse', 'A/RES/70/1', '--json'])).out).toContain(
      '"normalized": "A/RES/70/1"',
    );
    expect(await run(['symbols', 'parse', 'hello'])).toMatchObject({ code: 1 });
  });

  it('search: phrases in quotes, --any, --fuzzy and --no-prefix, as the library does them', async () => {
    const marks = async (args: string[]) =>
      (await run(['search', ...args, '--limit', '50'])).out.match(/\[[^\]]+\]/g) ?? [];
    expect(new Set(await marks(['"Black January"']))).toEqual(new Set(['[Black January]']));
    expect(await marks(['Black', 'January'])).toContain('[January]');
    const json = async (args: string[]) =>
      JSON.parse((await run(['search', ...args, '--json', '--limit', '50'])).out).map(
        (h: { id: string; pinpoint: string }) => `${h.id} ${h.pinpoint}`,
      );
    expect(await json(['"January Black"'])).toEqual([]);
    expect(await json(['funeral', 'Sumgait'])).toEqual([]);
    expect((await json(['funeral', 'Sumgait', '--any'])).length).toBeGreaterThan(2);
    expect(await json(['Sumqait'])).toEqual([]);
    expect(await json(['Sumqait', '--fuzzy'])).toEqual(await json(['Sumgait', '--no-prefix']));
    expect((await json(['Marty'])).length).toBeGreaterThan(0);
    expect(await json(['Marty', '--no-prefix'])).toEqual([]);
  });

  it('symbols: a guessed repair is marked and says why', async () => {
    const rows = (await run(['symbols'], 'See S/2020/3O and S/2020/34.')).out
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(rows[0]).toEqual(['as printed', 'symbol', 'confidence', 'why', 'description', 'link']);
    expect(rows[1]?.slice(0, 4)).toEqual([
      'S/2020/3O',
      'S/2020/30',
      'guessed',
      'letter O read as zero',
    ]);
    expect(rows[2]?.slice(0, 4)).toEqual(['S/2020/34', 'S/2020/34', 'certain', '']);
  });

  it('symbols parse: labelled rows in words, for both members, with years and countries', async () => {
    const rows = async (symbol: string) =>
      (await run(['symbols', 'parse', symbol])).out
        .trim()
        .split('\n')
        .map((l) => l.split('\t'));
    const double = await rows('A/74/649-S/2020/34');
    expect(double[0]).toEqual(['part', 'reading']);
    expect(double).toEqual(
      expect.arrayContaining([
        ['member 1', 'A/74/649'],
        ['  session', '74th session'],
        ['member 2', 'S/2020/34'],
        ['  series', 'Security Council (S)'],
        ['  year', '2020'],
      ]),
    );
    expect(double.flat().join(' ')).not.toMatch(/sessionType|regular/);
    expect(await rows('S/RES/955 (1994)')).toContainEqual(['year', '1994']);
    expect(await rows('CRC/C/AZE/CO/5-6')).toEqual(
      expect.arrayContaining([
        [
          'description',
          'Committee on the Rights of the Child, Azerbaijan, concluding observations on reports 5 and 6',
        ],
        ['country', 'Azerbaijan (AZE)'],
        ['reports', '5 and 6'],
      ]),
    );
  });

  it('ingest and validate round trip', async () => {
    const input = fixture('sc-only-charge.txt');
    // README: `ingest letters/*.txt --out records/`, into a directory that does not exist yet.
    const made = await run(['ingest', input, '--out', 'made/records/']);
    expect(made.code).toBe(0);
    expect(readdirSync(join(work, 'made', 'records'))).toHaveLength(1);
    writeFileSync(join(work, 'a-file'), 'x');
    expect(await run(['ingest', input, '--out', 'a-file'])).toMatchObject({
      code: 1,
      err: 'error: a-file is a file, not a directory\n',
    });
    const r = await run(['ingest', input, '--out', '.']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('S/2021/305');
    const id = r.out.split(': ')[1]?.split(' ')[0] as string;
    expect((await run(['validate', `${id}.json`])).out).toBe(`${id}.json: valid\n`);
    writeFileSync(join(work, 'bad.json'), '{"id": 1}');
    expect((await run(['validate', 'bad.json'])).code).toBe(1);
  });

  it('cite: records of your own, one by one or as a bibliography over files', async () => {
    const { cite, bibliography } = await import('@black-january/corpus/cite');
    const { ingestText } = await import('@black-january/corpus/ingest');
    const records = ['ga-sc-double-pdf.txt', 'sc-only-charge.txt'].map(
      (f, n) => ingestText(readFileSync(fixture(f)), { id: `own-${n}` }).record,
    );
    writeFileSync(join(work, 'own-0.json'), JSON.stringify(records[0]));
    writeFileSync(join(work, 'own-1.json'), JSON.stringify(records[1]));
    const one = await run(['cite', 'own-0.json', '--style', 'oscola', '--paragraph', '1']);
    expect(one.code).toBe(0);
    expect(one.out).toBe(
      `${cite(records[0] as never, { style: 'oscola', pinpoint: { paragraph: 1 } }).text}\n`,
    );
    const all = await run([
      'cite',
      'own-1.json',
      'own-0.json',
      '--all',
      '--style',
      'chicago',
      '--mode',
      'bibliography',
    ]);
    expect(all.out.trim().split('\n')).toEqual(
      bibliography(records as never[], { style: 'chicago' }).entries.map((e) => e.text),
    );
    expect(await run(['cite', 'own-0.json', '2020-01-17-letter', '--style', 'apa'])).toMatchObject({
      code: 2,
      err: 'error: give corpus ids or record files, not both\n',
    });
  });

  it('bad input: one line on stderr, exit 1; bad usage: exit 2; never a stack trace', async () => {
    writeFileSync(join(work, 'empty.txt'), '');
    writeFileSync(join(work, 'bin.txt'), Buffer.from([0x41, 0, 0x42]));
    writeFileSync(join(work, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const cases: Array<[string[], number, string | RegExp, (string | Buffer)?]> = [
      [
        ['show', '2020-01-17'],
        1,
        "error: unknown document '2020-01-17': did you mean 2020-01-17-letter? (black-january list shows them)",
      ],
      [
        ['cite', '2020-01-17-letter', '--style', 'harvard'],
        1,
        /^error: unknown style 'harvard'; choose one of un, /,
      ],
      [
        ['cite', '2020-01-17-letter', '--style', 'bluebook', '--mode', 'bibliography'],
        1,
        "error: style 'bluebook' has no bibliography form; use note",
      ],
      [
        ['cite', '2020-01-17-letter', '--style', 'oscola', '--section', 'II'],
        1,
        'error: 2020-01-17-letter has no section II (it has no numbered sections)',
      ],
      [['lst'], 2, "error: unknown command 'lst': did you mean list?; run black-january --help"],
      [['list', '--bogus'], 2, /^error: Unknown option '--bogus'/],
      [
        ['list', '--kind', 'memo'],
        2,
        "error: --kind 'memo' is not one of letter, note-verbale, press-release, statement, unknown",
      ],
      [['symbols', '.'], 1, 'error: . is a directory; give a file'],
      [['symbols', 'missing.txt'], 1, 'error: missing.txt: no such file'],
      [['symbols', 'empty.txt'], 1, 'error: empty.txt is empty'],
      [['symbols', 'bin.txt'], 1, 'error: bin.txt is a binary file, not text'],
      [
        ['symbols', 'latin1.txt'],
        1,
        'error: latin1.txt is not valid UTF-8; convert it first (e.g. iconv -t UTF-8)',
      ],
      [['symbols', '-'], 1, 'error: stdin is empty', ''],
      [
        ['cite', '2023-01-20-letter', '--style', 'apa', '--paragraph', 'x'],
        2,
        "error: --paragraph wants a positive whole number, not 'x'",
      ],
      [
        ['show', '2020-01-17-letter', '--json', '--format', 'markdown'],
        2,
        'error: --json and --format cannot be used together (black-january show --help)',
      ],
      [
        ['export', '--schema', '--format', 'csv'],
        2,
        'error: --schema and --format cannot be used together (black-january export --help)',
      ],
      [['export', '--schema', '--kind', 'letter'], 2, /^error: --schema and --kind cannot/],
      [['validate', '-'], 1, 'error: stdin holds no records (an empty array)', '[]'],
      [['export', '-', '-f', 'csv'], 1, 'error: stdin holds no records (an empty array)', '[]'],
    ];
    for (const [args, code, message, input] of cases) {
      const r = await run(args, input);
      expect([args.join(' '), r.code]).toEqual([args.join(' '), code]);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      if (typeof message === 'string') expect(r.err.trim()).toBe(message);
      else expect(r.err.trim()).toMatch(message);
    }
  });

  it('control characters in records, files and arguments reach the output escaped', async () => {
    // ESC sequences that would clear the screen, set the window title (OSC) and colour the text,
    // a C1 CSI, a bell, a backspace and a lone CR.
    const hostile = 'Evil \u001b[2J\u001b]0;owned\u0007 \u001b[31mred \u009b31m csi \b\r over';
    const escaped =
      'Evil \\u001b[2J\\u001b]0;owned\\u0007 \\u001b[31mred \\u009b31m csi \\u0008\\u000d over';
    const [first] = (await run(['export', '--format', 'jsonl', '--kind', 'letter'])).out.split(
      '\n',
    );
    const record = JSON.parse(first as string);
    record.title = hostile;
    writeFileSync(join(work, 'hostile.json'), JSON.stringify(record));
    writeFileSync(join(work, 'hostile-key.json'), `{${JSON.stringify(hostile)}: 1}`);
    writeFileSync(
      join(work, 'hostile.txt'),
      `Press release\n\n${hostile}\n\nThe Mission states.\n`,
    );
    const outputs = [
      await run(['export', 'hostile.json', '--format', 'csv']),
      await run(['export', 'hostile.json', '--format', 'json']),
      await run(['export', 'hostile.json', '--format', 'bibtex']),
      await run(['export', 'hostile.json', '--format', 'ris']),
      await run(['validate', 'hostile-key.json']),
      await run(['ingest', 'hostile.txt']),
      await run(['ingest', 'hostile.txt', '--json']),
      await run(['show', hostile]),
      await run(['search', hostile]),
    ];
    for (const { out, err } of outputs) {
      expect(out + err).not.toMatch(RAW_CONTROL);
    }
    expect(outputs[0]?.out).toContain(escaped);
    expect(JSON.parse(outputs[1]?.out as string)[0].title).toBe(hostile);
    expect(outputs[4]?.out).toContain('\\u001b[2J');
    expect(outputs[5]?.out).toContain('Evil \\u001b[2J');
    expect(outputs[7]?.err).toMatch(/^error: unknown document 'Evil \\u001b\[2J/);
  });

  it('CSV cells that a spreadsheet would run as formulas are prefixed and quoted', async () => {
    const [first] = (await run(['export', '--format', 'jsonl', '--kind', 'letter'])).out.split(
      '\n',
    );
    const records = ['=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1'].map(
      (title, n) => ({ ...JSON.parse(first as string), id: `formula-${n}`, title }),
    );
    writeFileSync(join(work, 'formulas.json'), JSON.stringify(records));
    const rows = (await run(['export', 'formulas.json', '--format', 'csv'])).out
      .split('\r\n')
      .slice(1, 6);
    const cells = [
      `"'=HYPERLINK(""http://x"",""click"")"`,
      `"'+1+1"`,
      `"'-2+3"`,
      `"'@SUM(A1)"`,
      `"'\t=1"`,
    ];
    for (const [n, row] of rows.entries()) expect(row).toContain(`,${cells[n]},`);
    expect(rows).toHaveLength(5);
  });

  it('ingest reads UTF-16 with a byte-order mark, or named by --encoding, and hashes the file as it is', async () => {
    const text = 'Press release\n\nThe Mission of Azerbaijan marks 20 January.\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    writeFileSync(join(work, 'utf16.txt'), le);
    writeFileSync(join(work, 'utf16-nobom.txt'), Buffer.from(text, 'utf16le'));
    const r = JSON.parse((await run(['ingest', 'utf16.txt', '--json'])).out)[0].record;
    expect(r.body.map((b: { text: string }) => b.text)).toContain(
      'The Mission of Azerbaijan marks 20 January.',
    );
    const sha = execFileSync('sha256sum', [join(work, 'utf16.txt')], { encoding: 'utf8' });
    expect(r.source.sha256).toBe(sha.split(' ')[0]);
    expect(await run(['ingest', 'utf16-nobom.txt'])).toMatchObject({
      code: 1,
      err: 'error: utf16-nobom.txt is a binary file, not text; it looks like UTF-16LE: pass { encoding: "utf-16le" }\n',
    });
    expect(
      (await run(['ingest', 'utf16-nobom.txt', '--encoding', 'utf-16le', '--json'])).code,
    ).toBe(0);
  });
});

function spawnBin(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: work, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// The built binary as a child process: what only a process shows (exit status, a terminal).
describe.skipIf(!existsSync(BIN) && !process.env.CI)('black-january, the built binary', () => {
  it('ingest --jobs: the same output, in input order, on one worker thread or several', () => {
    const files = readdirSync(fixture('.'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => fixture(f));
    const one = spawnBin(['ingest', ...files, '--json', '--jobs', '1']);
    const three = spawnBin(['ingest', ...files, '--json', '--jobs', '3']);
    expect(one.code).toBe(0);
    expect(three).toEqual(one);
    expect(JSON.parse(one.out).map((r: { input: string }) => r.input)).toEqual(files);
    const text = spawnBin(['ingest', ...files, '--jobs', '2']);
    expect(text.out).toBe(spawnBin(['ingest', ...files, '--jobs', '1']).out);
    expect(spawnBin(['ingest', files[0] as string, '--jobs', '0'])).toMatchObject({
      code: 2,
      err: "error: --jobs wants a positive whole number, not '0'\n",
    });
  });

  it('exits 0, 1 for bad input and 2 for bad usage, with one line and no stack trace', () => {
    expect(spawnBin(['--version'])).toMatchObject({ code: 0, err: '' });
    expect(spawnBin(['show', 'no-such-id'])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^error: [^\n]+\n$/),
    });
    expect(spawnBin(['list', '--kind', 'poem'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^error: --kind 'poem' is not one of letter, [^\n]+\n$/),
    });
    expect(spawnBin(['validate', '-'], '{')).toMatchObject({ code: 1 });
  });

  it('figures on an 80-column terminal: every column headed, bars in proportion, nothing cut', async () => {
    // The shell sets the pseudo-terminal's size, as a real 80-column terminal has it.
    const screen = execFileSync(
      'script',
      ['-qec', `stty cols 80 rows 50; ${process.execPath} ${BIN} figures`, '/dev/null'],
      { cwd: work, encoding: 'utf8' },
    )
      // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape codes are what is removed
      .replace(/\u001b\[[0-9;]*m|\r/g, '');
    const lines = screen.trimEnd().split('\n');
    expect(lines.every((l) => l.length <= 80)).toBe(true);
    expect(screen).not.toContain('…');
    const headers = lines.filter((l) => /^document {2}/.test(l));
    expect(headers.length).toBeGreaterThan(3);
    for (const h of headers) expect(h).toMatch(/^document +where +states +0 to [0-9,]+( +quote)?$/);
    expect(lines[lines.indexOf(headers[0] as string) + 1]).toBe('    quote');
    // Every statement's value and quotation in full, the bar in proportion to the largest.
    const json = JSON.parse((await run(['figures', '--json'])).out) as Array<{
      values: number[];
      statements: Array<{ id: string; value: number; quote: string }>;
    }>;
    expect(json).toHaveLength(headers.length);
    const EIGHTHS = ' ▏▎▍▌▋▊▉';
    for (const [k, c] of json.entries())
      for (const s of c.statements) {
        const from = lines.indexOf(headers[k] as string);
        const at = lines.findIndex((l, i) => i > from && l.startsWith(`${s.id} `));
        const bar = /[█▏▎▍▌▋▊▉]+/.exec(lines[at] as string)?.[0] ?? '';
        const eighths = [...bar].reduce((n, ch) => n + (ch === '█' ? 8 : EIGHTHS.indexOf(ch)), 0);
        expect(Math.abs(eighths / 80 - s.value / Math.max(...c.values))).toBeLessThanOrEqual(
          1 / 80,
        );
        expect(screen.replace(/\s+/g, ' ')).toContain(`“${s.quote.replace(/\s+/g, ' ')}”`);
      }
  });

  it('on a terminal: a padded table with a bold header, colour that NO_COLOR turns off', async () => {
    const tty = (env: string) =>
      execFileSync(
        'script',
        ['-qec', `${env} COLUMNS=100 ${process.execPath} ${BIN} list`, '/dev/null'],
        { cwd: work, encoding: 'utf8' },
      );
    const coloured = tty('');
    expect(coloured).toContain('\u001b[1mid');
    expect(coloured).not.toContain('\t');
    expect(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape codes are what is matched
      coloured.split('\n').every((l) => l.replace(/\u001b\[[0-9;]*m|\r/g, '').length <= 100),
    ).toBe(true);
    expect(tty('NO_COLOR=1')).not.toContain('\u001b[');
    // FORCE_COLOR: as on a terminal of COLUMNS columns though piped (for recording a session).
    const forced = (await run(['list'], undefined, { FORCE_COLOR: '1', COLUMNS: '70' })).out;
    expect(forced).toContain('\u001b[1mid');
    expect(forced).not.toContain('\t');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape codes are what is removed
    const widths = forced.split('\n').map((l) => l.replace(/\u001b\[[0-9;]*m/g, '').length);
    expect(Math.max(...widths)).toBeLessThanOrEqual(70);
    expect((await run(['list'], undefined, { FORCE_COLOR: '0' })).out).toContain('\t');
  });
});
