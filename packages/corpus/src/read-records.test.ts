import { describe, expect, it } from 'vitest';
import { readRecordsText } from './read-records.js';

describe('readRecordsText', () => {
  it('reads one record, an array, or JSONL, naming where each stands', () => {
    expect(readRecordsText('{"id":"a"}', 'one.json')).toEqual({
      inputs: [{ where: 'one.json', data: { id: 'a' } }],
      problems: [],
    });
    expect(
      readRecordsText('[{"id":"a"},{"id":"b"}]', 'all.json').inputs.map((i) => i.where),
    ).toEqual(['all.json[0]', 'all.json[1]']);
    const jsonl = readRecordsText('{"id":"a"}\n\n{"id":"b"}\r\n', 'x.jsonl');
    expect(jsonl.inputs.map((i) => i.where)).toEqual(['x.jsonl:1', 'x.jsonl:3']);
  });

  it('gives a bad JSONL line as a problem at its line, and reads the rest', () => {
    const { inputs, problems } = readRecordsText('{"id":"a"}\n{oops\n{"id":"c"}', 'x.jsonl');
    expect(inputs.map((i) => i.where)).toEqual(['x.jsonl:1', 'x.jsonl:3']);
    expect(problems).toEqual([expect.objectContaining({ code: 'not-json', path: ['line', 2] })]);
    expect(problems[0]?.message).toMatch(/^x\.jsonl:2 is not JSON: /);
  });

  it('gives text that is not records as a problem of the whole', () => {
    expect(readRecordsText('{oops', 'bad.json').problems).toEqual([
      expect.objectContaining({ code: 'not-json', path: [] }),
    ]);
    expect(readRecordsText('[]', 'empty.json')).toEqual({
      inputs: [],
      problems: [
        { code: 'empty', message: 'empty.json holds no records (an empty array)', path: [] },
      ],
    });
  });
});
