import {
  createReadStream,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it, vi } from 'vitest';
import { PACKAGE_DIR } from '../test/helpers.js';
import { IngestInputError } from './errors.js';
import { type IngestInput, type IngestStreamItem, ingestStream, jsonlInputs } from './ingest.js';

const FIXTURES = join(PACKAGE_DIR, 'test', 'fixtures', 'ingest');
const letters = readdirSync(FIXTURES)
  .sort()
  .map((fileName) => ({ fileName, text: readFileSync(join(FIXTURES, fileName)) }));
const inputs = (): IngestInput[] =>
  Array.from({ length: 30 }, (_, n) => letters[n % letters.length] as IngestInput);

const collect = async (items: AsyncIterable<IngestStreamItem>) => {
  const out: IngestStreamItem[] = [];
  for await (const item of items) out.push(item);
  return out;
};
const summary = (items: IngestStreamItem[]) =>
  items.map((i) => [i.index, i.fileName, i.result?.record ?? i.error?.message]);

describe('ingestStream on worker threads', { timeout: 60_000 }, () => {
  it('gives, on 1, 2 and 3 threads, exactly the results of the calling thread, in input order', async () => {
    const mixed = [...inputs(), new Uint8Array([0, 1, 2, 0, 0, 255]), 'short text'];
    const alone = summary(await collect(ingestStream(mixed)));
    expect(alone).toHaveLength(32);
    expect(alone[30]?.[2]).toMatch(/binary|not text/i);
    for (const concurrency of [1, 2, 3])
      expect(summary(await collect(ingestStream(mixed, { concurrency })))).toEqual(alone);
  });

  it("copies the caller's bytes: a Buffer from Node's shared pool is neither detached nor refused", async () => {
    const text = readFileSync(join(FIXTURES, letters[0]?.fileName ?? ''), 'utf8');
    const pooled = Buffer.from(text.slice(0, 2000));
    const neighbour = Buffer.from('a neighbour in the same pool');
    expect(pooled.buffer).toBe(neighbour.buffer);
    const [item] = await collect(ingestStream([{ text: pooled }], { concurrency: 2 }));
    expect(item?.error).toBeUndefined();
    expect(pooled.byteLength).toBe(Buffer.byteLength(text.slice(0, 2000)));
    expect(neighbour.toString()).toBe('a neighbour in the same pool');
  });

  it('loses no line of a readline stream, which drops the lines read before it is iterated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bj-stream-'));
    try {
      const file = join(dir, 'letters.jsonl');
      const texts = inputs().map((i) => ({ text: String((i as { text: Uint8Array }).text) }));
      writeFileSync(file, texts.map((t) => JSON.stringify(t)).join('\n'));
      const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
      const items = await collect(ingestStream(jsonlInputs(lines), { concurrency: 2 }));
      expect(items.map((i) => i.result?.record.source.sha256)).toEqual(
        (await collect(ingestStream(texts))).map((i) => i.result?.record.source.sha256),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs inputs of 256 KB and more in a worker even on one thread, so an abort stops them mid-document', async () => {
    const big = `${readFileSync(join(FIXTURES, 'ga-sc-double-pdf.txt'), 'utf8')}\n`.repeat(3000);
    expect(big.length).toBeGreaterThan(1_000_000);
    const controller = new AbortController();
    const stream = ingestStream([big], { concurrency: 1, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stopped by the test')), 50);
    await expect(collect(stream)).rejects.toThrow('stopped by the test');
  });

  it('reads at most 8 inputs a thread ahead of the consumer', async () => {
    let pulled = 0;
    function* counted() {
      for (const input of inputs()) {
        pulled++;
        yield input;
      }
    }
    const stream = ingestStream(counted(), { concurrency: 2 });
    const first = await stream.next();
    expect(first.value?.index).toBe(0);
    expect(pulled).toBeLessThanOrEqual(2 * 8);
    await stream.return(undefined);
  });

  it('yields the results before an error of the inputs themselves, then throws it', async () => {
    async function* failing() {
      yield* inputs().slice(0, 5);
      throw new Error('disk gone');
    }
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const item of ingestStream(failing(), { concurrency: 2 })) seen.push(item.index);
      })(),
    ).rejects.toThrow('disk gone');
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the errors of the input in place and goes on', async () => {
    const items = await collect(
      ingestStream(
        [letters[0] as IngestInput, new IngestInputError('line 2: not valid JSON', 'not-text')],
        { concurrency: 2 },
      ),
    );
    expect(items.map((i) => i.error?.message ?? i.result?.record.id.length)).toEqual([
      expect.any(Number),
      'line 2: not valid JSON',
    ]);
  });

  it('ingests on the calling thread, in the same order, where there are no worker threads', async () => {
    const getBuiltinModule = vi
      .spyOn(process, 'getBuiltinModule')
      .mockImplementation(() => undefined as never);
    try {
      const items = await collect(ingestStream(inputs().slice(0, 6), { concurrency: 3 }));
      expect(items.map((i) => i.index)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(getBuiltinModule).toHaveBeenCalledWith('node:worker_threads');
    } finally {
      getBuiltinModule.mockRestore();
    }
  });

  it('rejects a concurrency that is not a positive whole number, as a typed error', async () => {
    for (const concurrency of [0, -1, 1.5, Number.NaN])
      await expect(collect(ingestStream(inputs(), { concurrency }))).rejects.toThrow(
        IngestInputError,
      );
  });

  it('stops before the next document when aborted, without workers too', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const item of ingestStream(inputs(), { signal: controller.signal })) {
          seen.push(item.index);
          if (item.index === 2) controller.abort(new Error('enough'));
        }
      })(),
    ).rejects.toThrow('enough');
    expect(seen).toEqual([0, 1, 2]);
  });
});
