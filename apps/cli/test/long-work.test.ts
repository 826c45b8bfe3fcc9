// Long work as a user meets it: progress on a terminal (not when piped), Ctrl-C that stops at once
// and leaves no partial file, and inputs over the size limit refused while streaming.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, fixture } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'bj-long-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const start = (args: string[]) => {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: work });
  let err = '';
  child.stderr?.on('data', (d) => {
    err += d;
  });
  const done = new Promise<{ code: number | null; err: string }>((res) =>
    child.on('close', (code) => res({ code, err })),
  );
  return { child, done };
};

/**
 * Starts the CLI reading a FIFO and resolves once it has opened it: it is then mid-work, with its
 * Ctrl-C handler installed (the bin installs it before any command runs).
 */
async function midRead(args: (fifo: string) => string[]) {
  const fifo = join(work, `pipe-${Math.random().toString(36).slice(2)}`);
  execFileSync('mkfifo', [fifo]);
  const run = start(args(fifo));
  const writer = await open(fifo, 'w');
  await writer.write('UNITED NATIONS\n');
  return { ...run, writer };
}

/** The CLI under a pseudo-terminal, as a user at a shell sees it (stdout and stderr together). */
const onTerminal = (args: string) =>
  execFileSync('script', ['-qec', `COLUMNS=100 ${process.execPath} ${BIN} ${args}`, '/dev/null'], {
    cwd: work,
    encoding: 'utf8',
  });

/** 3000 records (the corpus under new ids) in many.jsonl. */
function manyRecords() {
  if (existsSync(join(work, 'many.jsonl'))) return;
  const corpus = execFileSync(process.execPath, [BIN, 'export', '-f', 'jsonl'], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n');
  const many = Array.from({ length: 600 }, (_, n) =>
    corpus.map((line) => line.replace(/^\{"id":"([^"]+)"/, `{"id":"$1-copy-${n}"`)),
  ).flat();
  writeFileSync(join(work, 'many.jsonl'), `${many.join('\n')}\n`);
}

describe.skipIf(!existsSync(BIN) && !process.env.CI)('long work', () => {
  it('Ctrl-C during ingest: exit 130, one line, only whole files written', async () => {
    mkdirSync(join(work, 'ingested'));
    const { child, done, writer } = await midRead((fifo) => [
      'ingest',
      fixture('sc-only-charge.txt'),
      fixture('ga-sc-double-pdf.txt'),
      fifo,
      '--out',
      'ingested',
      // One job: the files before the blocked read are then certainly done when Ctrl-C comes.
      '--jobs',
      '1',
    ]);
    child.kill('SIGINT');
    const { code, err } = await done;
    await writer.close();
    expect({ code, err }).toEqual({ code: 130, err: 'interrupted\n' });
    const files = readdirSync(join(work, 'ingested'));
    expect(files).toHaveLength(2);
    expect(files.every((f) => f.endsWith('.json') && !f.startsWith('.'))).toBe(true);
  });

  it('Ctrl-C during ingest on several workers: exit 130 at once, only whole files written', async () => {
    const letter = readFileSync(fixture('ga-sc-double-pdf.txt'), 'utf8');
    mkdirSync(join(work, 'jobs-in'));
    mkdirSync(join(work, 'jobs-out'));
    const inputs = Array.from({ length: 400 }, (_, n) => {
      const path = join('jobs-in', `letter-${n}.txt`);
      writeFileSync(join(work, path), `${letter.repeat(40)}\n${n}\n`);
      return path;
    });
    const { child, done } = start([
      'ingest',
      ...inputs,
      '--out',
      'jobs-out',
      '--jobs',
      '2',
      '--force',
    ]);
    // Ctrl-C once the first record is written: mid-work, whatever the machine's speed (a fixed
    // 1.5 s was once time enough for all 400).
    while (
      child.exitCode === null &&
      !readdirSync(join(work, 'jobs-out')).some((f) => f.endsWith('.json'))
    )
      await new Promise((res) => setTimeout(res, 10));
    const sent = performance.now();
    child.kill('SIGINT');
    const { code, err } = await done;
    expect({ code, err }).toEqual({ code: 130, err: 'interrupted\n' });
    expect(performance.now() - sent).toBeLessThan(1000);
    const files = readdirSync(join(work, 'jobs-out'));
    expect(files.length).toBeLessThan(inputs.length);
    for (const f of files) {
      expect(f.endsWith('.json') && !f.startsWith('.')).toBe(true);
      expect(() => JSON.parse(readFileSync(join(work, 'jobs-out', f), 'utf8'))).not.toThrow();
    }
  });

  it('Ctrl-C in the middle of ingesting one large file: exit 130 within 1 s', async () => {
    // 60 MB of letters (inputs may have 64 MiB): about five seconds of ingest today, in which the
    // main thread must still hear Ctrl-C. 12 MB once took two; a faster ingest finished them all
    // before the signal.
    const letter = readFileSync(fixture('ga-sc-double-pdf.txt'), 'utf8');
    writeFileSync(join(work, 'huge.txt'), letter.repeat(Math.floor(60e6 / letter.length)));
    mkdirSync(join(work, 'huge-out'));
    const { child, done } = start(['ingest', 'huge.txt', '--out', 'huge-out']);
    await new Promise((res) => setTimeout(res, 1200));
    const sent = performance.now();
    child.kill('SIGINT');
    const { code, err } = await done;
    expect({ code, err }).toEqual({ code: 130, err: 'interrupted\n' });
    console.log(`exit after Ctrl-C: ${(performance.now() - sent).toFixed(0)} ms`);
    expect(performance.now() - sent).toBeLessThan(1000);
    expect(readdirSync(join(work, 'huge-out'))).toEqual([]);
  });

  it('Ctrl-C during export: exit 130 and no output file at all', async () => {
    writeFileSync(
      join(work, 'one.jsonl'),
      execFileSync(process.execPath, [BIN, 'export', '-f', 'jsonl', '--kind', 'letter']),
    );
    const { child, done, writer } = await midRead((fifo) => [
      'export',
      'one.jsonl',
      fifo,
      '--format',
      'bibtex',
      '--out',
      'partial.bib',
    ]);
    child.kill('SIGINT');
    const { code, err } = await done;
    await writer.close();
    expect({ code, err }).toEqual({ code: 130, err: 'interrupted\n' });
    expect(readdirSync(work).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s while reading: exit %i at once, no file', async (signal, exit) => {
    const { child, done, writer } = await midRead((fifo) => [
      'export',
      fifo,
      '--format',
      'ris',
      '--out',
      `${signal}.ris`,
    ]);
    child.kill(signal);
    const { code } = await done;
    await writer.close();
    expect(code).toBe(exit);
    expect(readdirSync(work).filter((f) => f.includes(signal))).toEqual([]);
  });

  it('SIGTERM while the output is being written leaves no temporary file', async () => {
    manyRecords();
    let caught = 0;
    for (let attempt = 0; attempt < 3 && caught === 0; attempt++) {
      const out = `term-${attempt}.json`;
      const { child, done } = start(['export', 'many.jsonl', '--format', 'json', '--out', out]);
      // Killed the moment its temporary file appears: mid-write.
      const watcher = watch(work, (_, name) => {
        if (name?.startsWith(`.${out}.`) && name.endsWith('.tmp')) child.kill('SIGTERM');
      });
      const { code } = await done;
      watcher.close();
      const left = readdirSync(work).filter((f) => f.includes(out));
      if (code === 0) expect(left).toEqual([out]);
      else {
        expect({ code, left }).toEqual({ code: 143, left: [] });
        caught++;
      }
    }
    expect(caught).toBeGreaterThan(0);
  }, 60_000);

  it('progress on a terminal, and none when piped', () => {
    const files = ['sc-only-charge.txt', 'ga-sc-double-pdf.txt', 'press-release-kazakhstan.txt']
      .map(fixture)
      .join(' ');
    const tty = onTerminal(`ingest ${files}`);
    expect(tty).toContain('\r\u001b[Kingesting 1/3 (0%) sc-only-charge.txt');
    expect(tty).toContain('\r\u001b[K'); // the line is cleared before the results
    const piped = spawnSync(process.execPath, [BIN, 'ingest', ...files.split(' ')], {
      encoding: 'utf8',
    });
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe('');

    manyRecords();
    const exported = onTerminal('export many.jsonl --format bibtex --out many.bib');
    expect(exported).toMatch(/exporting 1\/3000 \(0%\)/);
    expect(exported).toMatch(/exporting 3000\/3000/);
    expect(exported).toContain('wrote many.bib');
    const bib = execFileSync('grep', ['-c', '^@', join(work, 'many.bib')], { encoding: 'utf8' });
    expect(Number(bib)).toBe(3000);
  });

  it('refuses inputs over 64 MiB: by size for a file, while streaming for stdin', async () => {
    const big = join(work, 'big.txt');
    writeFileSync(big, '');
    execFileSync('truncate', ['-s', '65M', big]);
    expect(spawnSync(process.execPath, [BIN, 'symbols', big], { encoding: 'utf8' })).toMatchObject({
      status: 1,
      stderr: `error: ${big} is 65 MiB; the limit is 64 MiB\n`,
    });

    const { child, done } = start(['symbols', '-']);
    child.stdin?.on('error', () => undefined); // the CLI stops reading at the limit
    const chunk = Buffer.alloc(1024 * 1024, 'S/2020/34 ');
    for (let i = 0; i < 70 && child.stdin?.writable; i++)
      await new Promise<void>((res) => child.stdin?.write(chunk, () => res()));
    child.stdin?.end();
    expect(await done).toEqual({ code: 1, err: 'error: stdin is over the 64 MiB limit\n' });
  });
});
