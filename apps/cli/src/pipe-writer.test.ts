import { describe, expect, it, vi } from 'vitest';
import { pipeWriter, type WriteAsync } from './pipe-writer.js';

/** A pipe whose writes finish when the test says: each takes at most `max` bytes. */
const slowPipe = (max = Number.POSITIVE_INFINITY) => {
  const written: number[] = [];
  const pending: Array<() => void> = [];
  const write: WriteAsync = (_fd, bytes, offset, done) => {
    pending.push(() => {
      const n = Math.min(max, bytes.length - offset);
      written.push(...bytes.subarray(offset, offset + n));
      done(null, n);
    });
  };
  const finishAll = () => {
    while (pending.length > 0) pending.shift()?.();
  };
  return { write, written, pending, finishAll, text: () => Buffer.from(written).toString() };
};
const failing =
  (code: string): WriteAsync =>
  (_fd, _bytes, _offset, done) =>
    done(Object.assign(new Error(code), { code }), 0);
const bytes = (text: string) => Buffer.from(text);

describe('pipeWriter', () => {
  it('writes one write at a time, in order, what came meanwhile joined into the next', () => {
    const pipe = slowPipe();
    const out = pipeWriter(1, { onClosed: vi.fn(), fallback: vi.fn(), write: pipe.write });
    out.write(bytes('Bakı — '));
    expect(out.busy).toBe(true);
    out.write(bytes('20 '));
    out.write(bytes('January\n'));
    expect(pipe.pending).toHaveLength(1);
    pipe.pending.shift()?.();
    expect(pipe.pending).toHaveLength(1);
    pipe.finishAll();
    expect(pipe.text()).toBe('Bakı — 20 January\n');
    expect(out.busy).toBe(false);
  });

  it('writes the rest of a write the pipe took only part of', () => {
    const pipe = slowPipe(3);
    const out = pipeWriter(1, { onClosed: vi.fn(), fallback: vi.fn(), write: pipe.write });
    out.write(bytes('Şəhidlər Xiyabanı\n'));
    out.write(bytes('two\n'));
    pipe.finishAll();
    expect(pipe.text()).toBe('Şəhidlər Xiyabanı\ntwo\n');
    expect(out.busy).toBe(false);
  });

  it('calls onClosed when the reader has gone', () => {
    const onClosed = vi.fn();
    const out = pipeWriter(1, { onClosed, fallback: vi.fn(), write: failing('EPIPE') });
    out.write(bytes('x'));
    expect(onClosed).toHaveBeenCalledTimes(1);
    expect(out.busy).toBe(false);
  });

  it('hands what is left, and what comes after, to the stream on any other error', () => {
    const kept: string[] = [];
    const fallback = vi.fn(() => ({
      write: (b: Uint8Array) => kept.push(Buffer.from(b).toString()),
    }));
    let calls = 0;
    const write: WriteAsync = (_fd, _bytes, _offset, done) => {
      calls++;
      done(Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' }), 0);
    };
    const out = pipeWriter(1, { onClosed: vi.fn(), fallback, write });
    out.write(bytes('one\n'));
    out.write(bytes('two\n'));
    expect(kept).toEqual(['one\n', 'two\n']);
    expect(fallback).toHaveBeenCalledTimes(1);
    expect(calls).toBe(1);
    expect(out.busy).toBe(false);
  });
});
