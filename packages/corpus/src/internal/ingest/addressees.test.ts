import { describe, expect, it } from 'vitest';
import { readAddressees } from './addressees.js';

const names = (to: string) => readAddressees(to).map((p) => p.name);

describe('the addressees a title names', () => {
  it('each in its usual form, however the list is joined', () => {
    expect(names('Secretary-General')).toEqual(['Secretary-General of the United Nations']);
    expect(names('Secretary-General and the President of the Security Council')).toEqual([
      'Secretary-General of the United Nations',
      'President of the Security Council',
    ]);
  });

  it('one President of each body that "the Presidents of …" names', () => {
    expect(
      names(
        'Secretary-General and the Presidents of the General Assembly and the Security Council',
      ),
    ).toEqual([
      'Secretary-General of the United Nations',
      'President of the General Assembly',
      'President of the Security Council',
    ]);
    expect(names('Presidents of the General Assembly and of the Security Council')).toEqual([
      'President of the General Assembly',
      'President of the Security Council',
    ]);
  });
});
