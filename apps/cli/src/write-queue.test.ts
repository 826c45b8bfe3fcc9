import { describe, expect, it } from 'vitest';
import { writeQueue } from './write-queue.js';

/** A write that finishes when its `finish` is called; logs when it starts and ends. */
const controlled = (log: string[], name: string) => {
  let finish: (error?: Error) => void = () => undefined;
  const write = () =>
    new Promise<void>((resolve, reject) => {
      log.push(`start ${name}`);
      finish = (error) => {
        log.push(`end ${name}`);
        if (error) reject(error);
        else resolve();
      };
    });
  return { write, finish: (error?: Error) => finish(error) };
};
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('writeQueue', () => {
  it('keeps at most `limit` writes under way and counts those done', async () => {
    const log: string[] = [];
    const q = writeQueue(2);
    const [a, b, c] = ['a', 'b', 'c'].map((n) => controlled(log, n)) as [
      ReturnType<typeof controlled>,
      ReturnType<typeof controlled>,
      ReturnType<typeof controlled>,
    ];
    await q.add('a', a.write);
    await q.add('b', b.write);
    const third = q.add('c', c.write);
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    b.finish();
    await third;
    await tick();
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    a.finish();
    c.finish();
    expect(await q.drain()).toBe(3);
  });

  it('writes one path in the order the writes were added', async () => {
    const log: string[] = [];
    const q = writeQueue(4);
    const first = controlled(log, 'first');
    const second = controlled(log, 'second');
    await q.add('same.json', first.write);
    await q.add('same.json', second.write);
    await tick();
    expect(log).toEqual(['start first']);
    first.finish();
    await tick();
    expect(log).toEqual(['start first', 'end first', 'start second']);
    second.finish();
    expect(await q.drain()).toBe(2);
  });

  it('skips the writes not started once cancelled, and finishes those under way', async () => {
    const log: string[] = [];
    const q = writeQueue(4);
    const first = controlled(log, 'first');
    const other = controlled(log, 'other');
    await q.add('same.json', first.write);
    await q.add('same.json', async () => {
      log.push('start second');
    });
    await q.add('other.json', other.write);
    await tick();
    q.cancel();
    first.finish();
    other.finish();
    await q.settle();
    expect(log).toEqual(['start first', 'start other', 'end first', 'end other']);
    expect(await q.drain()).toBe(2);
  });

  it('throws the first failure from the next add and from drain, after the others settle', async () => {
    const log: string[] = [];
    const q = writeQueue(4);
    const bad = controlled(log, 'bad');
    const slow = controlled(log, 'slow');
    await q.add('bad', bad.write);
    await q.add('slow', slow.write);
    bad.finish(new Error('disk full'));
    await tick();
    await expect(q.add('next', async () => undefined)).rejects.toThrow('disk full');
    const drained = q.drain();
    await tick();
    slow.finish();
    await expect(drained).rejects.toThrow('disk full');
    expect(log).toEqual(['start bad', 'start slow', 'end bad', 'end slow']);
  });
});
