import { describe, expect, it } from 'vitest';
import { toBlocks } from './blocks.js';
import { type Removal, toLines } from './lines.js';
import { restoreBreaks } from './lost-breaks.js';
import { putBreaks } from './put-breaks.js';

/** The blocks a text gives once its lost breaks are put back, and the lines that begin one. */
function read(text: string) {
  const removed: Removal[] = [];
  const blocks = toBlocks(restoreBreaks(toLines(text, removed), removed), removed);
  const restored = removed.find((r) => r.kind === 'paragraph-break')?.lines ?? [];
  return { blocks: blocks.map((b) => b.text), restored };
}

const WRAPPED = `I have the honour to transmit herewith the statement of the Ministry of
Foreign Affairs of Georgia on the situation in the occupied regions of
Georgia (see annex).
The Ministry recalls the relevant resolutions of the General Assembly,
including resolution 74/300. It calls on the parties to the conflict to
respect their commitments.
I should be grateful if you would have the present letter and its annex
circulated as a document of the General Assembly.
(Signed) Nina Example
Ambassador
Permanent Representative
Annex to the letter dated 28 September 2020 from the Permanent
Representative of Georgia to the United Nations addressed to the
Secretary-General
Statement of the Ministry of Foreign Affairs
The Ministry of Foreign Affairs of Georgia expresses its concern over
the continued occupation.`;

describe('restoreBreaks', () => {
  it('leaves a copy that kept its blank lines as it is', () => {
    const text = WRAPPED.replace(/\.\n/g, '.\n\n').replace(/(Representative|General)\n/g, '$1\n\n');
    const removed: Removal[] = [];
    const lines = toLines(text, removed);
    expect(restoreBreaks(lines, removed)).toBe(lines);
    expect(removed.some((r) => r.kind === 'paragraph-break')).toBe(false);
  });

  it('parts an annex heading from the signature above it in a copy that kept its other breaks', () => {
    const heading =
      'Annex to the letter dated 31 July 2003 from the Chargé d’affaires a.i. of the Permanent Mission of Cyprus to the United Nations addressed to the Secretary-General';
    const text = `I have the honour to enclose a letter (see annex).\n\nI would be grateful if it could be circulated.\n\n(Signed) George Example\nChargé d’affaires\n${heading}\n\nI am writing this letter to you.`;
    expect(read(text)).toEqual({
      blocks: [
        'I have the honour to enclose a letter (see annex).',
        'I would be grateful if it could be circulated.',
        '(Signed) George Example Chargé d’affaires',
        heading,
        'I am writing this letter to you.',
      ],
      restored: [7],
    });
    // A signatory's role that names what it is of stays with the signature.
    const role = '(Signed) George Example\nAnnexed Territories Commissioner';
    expect(read(`Text.\n\nMore text.\n\n${role}`).restored).toEqual([]);
  });

  it('counts no break ingest put back (by an indent) as one the copy kept', () => {
    const removed: Removal[] = [];
    const letter = WRAPPED.split('\n').slice(0, 11).join('\n');
    // One break before the last paragraph, as indentBreaks puts it back: more than one line in 15.
    const lines = putBreaks(toLines(letter, removed), removed, (l) => l.n === 7);
    const blocks = toBlocks(restoreBreaks(lines, removed), removed).map((b) => b.text);
    expect(blocks.at(-1)).toBe('(Signed) Nina Example Ambassador Permanent Representative');
    expect(blocks).toHaveLength(4);
  });

  it('counts no page break (a form feed alone on its line) as a paragraph break the copy kept', () => {
    const lines = WRAPPED.split('\n');
    const letter = [...lines.slice(0, 8), '\f', ...lines.slice(8, 11)].join('\n');
    const { blocks } = read(letter);
    expect(blocks).toContain('(Signed) Nina Example Ambassador Permanent Representative');
    expect(blocks[0]).toBe(
      'I have the honour to transmit herewith the statement of the Ministry of Foreign Affairs of Georgia on the situation in the occupied regions of Georgia (see annex).',
    );
  });

  it('sets a salutation apart, and ends the text at its closing courtesy however the wrap fell', () => {
    const { blocks } = read(`Excellency,
I have the honour to transmit herewith the statement of the Ministry of
Foreign Affairs of the Republic of Azerbaijan on the thirtieth
anniversary of the tragedy of 20 January 1990.
Please accept, Excellency, the assurances of my highest consideration.
Yashar Aliyev
Ambassador
Permanent Representative`);
    expect(blocks).toEqual([
      'Excellency,',
      'I have the honour to transmit herewith the statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan on the thirtieth anniversary of the tragedy of 20 January 1990.',
      'Please accept, Excellency, the assurances of my highest consideration.',
      'Yashar Aliyev Ambassador Permanent Representative',
    ]);
  });

  it('breaks a hard-wrapped copy where a wrap cannot have cut: a sentence ending short of the line, a signature, an annex, its title', () => {
    const { blocks, restored } = read(WRAPPED);
    expect(blocks).toEqual([
      'I have the honour to transmit herewith the statement of the Ministry of Foreign Affairs of Georgia on the situation in the occupied regions of Georgia (see annex).',
      // "General Assembly," and "to" end lines that go on: the next word did not fit.
      'The Ministry recalls the relevant resolutions of the General Assembly, including resolution 74/300. It calls on the parties to the conflict to respect their commitments.',
      'I should be grateful if you would have the present letter and its annex circulated as a document of the General Assembly.',
      // A signature's name, rank and role stay one block.
      '(Signed) Nina Example Ambassador Permanent Representative',
      'Annex to the letter dated 28 September 2020 from the Permanent Representative of Georgia to the United Nations addressed to the Secretary-General',
      'Statement of the Ministry of Foreign Affairs',
      'The Ministry of Foreign Affairs of Georgia expresses its concern over the continued occupation.',
    ]);
    expect(restored).toEqual([4, 7, 9, 12, 15, 16]);
  });

  it('ends an annex heading addressed to more than one at its last addressee', () => {
    const { blocks } = read(
      WRAPPED.replace(
        'Secretary-General\nStatement',
        'Secretary-General, the President of the General Assembly and the President of the\nSecurity Council\nStatement',
      ),
    );
    expect(blocks.slice(4, 6)).toEqual([
      'Annex to the letter dated 28 September 2020 from the Permanent Representative of Georgia to the United Nations addressed to the Secretary-General, the President of the General Assembly and the President of the Security Council',
      'Statement of the Ministry of Foreign Affairs',
    ]);
  });

  it('sets an annexed text’s "[Original: …]" note apart, in a copy of a line a paragraph', () => {
    const text = `I have the honour to transmit herewith a list of the violations (see annex).
I should be grateful if you would have the present letter and its annex circulated as a document of the Security Council.
(Signed) Jane Example
Permanent Representative
Annex to the letter dated 15 March 2012 from the Permanent Representative of Example to the United Nations addressed to the Secretary-General
[Original: Arabic]
Violations committed by armed groups
On 7 March 2012, an armed group opened fire on a checkpoint, killing two soldiers.`;
    expect(read(text).blocks.slice(3)).toEqual([
      'Annex to the letter dated 15 March 2012 from the Permanent Representative of Example to the United Nations addressed to the Secretary-General',
      '[Original: Arabic]',
      'Violations committed by armed groups',
      'On 7 March 2012, an armed group opened fire on a checkpoint, killing two soldiers.',
    ]);
  });

  it('keeps a sentence that ends mid-paragraph where the next word would not have fitted', () => {
    const text = `The Ministry recalls the relevant resolutions of the General Assembly.
Government officials stated that the paragraph goes on after a full
stop and a line break, as wrapped text does most of the time, and it
ends here.`;
    expect(read(text).blocks).toHaveLength(1);
  });

  it('breaks a copy of a line a paragraph after each, but keeps an address or a signature together', () => {
    const text = `Permanent Mission of the Republic of Kazakhstan
to the United Nations
3 Dag Hammarskjold Plaza, New York, NY 10017
PRESS RELEASE
Kazakhstan marks the thirtieth anniversary of the closure of the Semipalatinsk test site
On 29 August 2021, Kazakhstan marks the thirtieth anniversary of the closure of the test site.
More than 450 nuclear tests were conducted at the site between 1949 and 1989.
New York, 27 August 2021`;
    expect(read(text).blocks).toEqual([
      'Permanent Mission of the Republic of Kazakhstan to the United Nations 3 Dag Hammarskjold Plaza, New York, NY 10017',
      'PRESS RELEASE',
      'Kazakhstan marks the thirtieth anniversary of the closure of the Semipalatinsk test site',
      'On 29 August 2021, Kazakhstan marks the thirtieth anniversary of the closure of the test site.',
      'More than 450 nuclear tests were conducted at the site between 1949 and 1989.',
      'New York, 27 August 2021',
    ]);
  });

  it('sets a whole-line emphasis, a dateline and a date apart, and keeps a date that ends a wrapped line', () => {
    const text = `**Press release, 20 January 2020**
**Thirtieth anniversary of the "Black January"**
On 20 January 2020, Azerbaijan commemorates the thirtieth anniversary.
Annex
Joint statement on human rights education
1 November 2021
The signatories recall their letter to the Secretary-General, which
was dated 17 March 2006
(A/60/730), and reaffirm their commitment to human rights
education.`;
    expect(read(text).blocks).toEqual([
      'Press release, 20 January 2020',
      'Thirtieth anniversary of the "Black January"',
      'On 20 January 2020, Azerbaijan commemorates the thirtieth anniversary.',
      'Annex',
      'Joint statement on human rights education',
      '1 November 2021',
      'The signatories recall their letter to the Secretary-General, which was dated 17 March 2006 (A/60/730), and reaffirm their commitment to human rights education.',
    ]);
  });

  it("ends a wrapped title of a few lines where a release's text opens, and sets its closing dateline apart", () => {
    const text = `Permanent Mission of the Republic of Kazakhstan
to the United Nations
3 Dag Hammarskjold Plaza, New York, NY 10017
PRESS RELEASE
Kazakhstan marks the thirtieth anniversary of the closure of the
Semipalatinsk test site
On 29 August 2021, Kazakhstan marks the thirtieth anniversary of the
closure of the Semipalatinsk nuclear test site, which was closed by the
decree of the President of Kazakhstan in 1991.
More than 450 nuclear tests were conducted at the site between 1949 and
1989, with grave consequences for the health of the people who lived in
the region near the site.
New York, 27 August 2021`;
    expect(read(text).blocks).toEqual([
      'Permanent Mission of the Republic of Kazakhstan to the United Nations 3 Dag Hammarskjold Plaza, New York, NY 10017',
      'PRESS RELEASE',
      'Kazakhstan marks the thirtieth anniversary of the closure of the Semipalatinsk test site',
      'On 29 August 2021, Kazakhstan marks the thirtieth anniversary of the closure of the Semipalatinsk nuclear test site, which was closed by the decree of the President of Kazakhstan in 1991.',
      'More than 450 nuclear tests were conducted at the site between 1949 and 1989, with grave consequences for the health of the people who lived in the region near the site.',
      'New York, 27 August 2021',
    ]);
  });

  it('sets a closing dateline apart after a full line that ends the last sentence', () => {
    const text = `The tragedy of 20 January was one of the bloodiest acts of terror of the
twentieth century, and a crime against the people of Azerbaijan. Those who
committed this crime have yet to be punished, and the people of Azerbaijan
remember the victims of that night with courage and honour of the nation.
New York, 19 January 2009`;
    expect(read(text).blocks.at(-1)).toBe('New York, 19 January 2009');
  });

  it('keeps a wrapped line that opens like a release, or ends in a date, inside its paragraph', () => {
    const text = `The troops entered the city that night.
Hundreds of people were killed and wounded in the streets of the
capital. On 20 January 1990, the
Soviet army occupied Baku. The Ministry recalls the events of that night,
which it marked in its statement issued in Baku, 20 January 2020
Today the nation remembers them, and the Ministry calls for justice for
the victims.`;
    expect(read(text).blocks).toEqual([
      'The troops entered the city that night.',
      'Hundreds of people were killed and wounded in the streets of the capital. On 20 January 1990, the Soviet army occupied Baku. The Ministry recalls the events of that night, which it marked in its statement issued in Baku, 20 January 2020 Today the nation remembers them, and the Ministry calls for justice for the victims.',
    ]);
  });

  it('tells a wrapped copy by its lines that end mid-phrase, where few go on in lower case', () => {
    const text = `I have the honour to transmit herewith the statement of the Ministry of
Foreign Affairs of the Republic of Azerbaijan on the thirty-third anniversary of the
Tragedy of 20 January 1990 (see annex).
I should be grateful if you would have the present letter and its annex circulated
As a document of the General Assembly, under agenda items 30, 68, 73, 78, 84 and
132, and of the Security Council.
(Signed) Yashar Aliyev
Ambassador
Permanent Representative
Annex to the letter dated 19 January 2023 from the Permanent
Representative of Azerbaijan to the United Nations addressed to the
Secretary-General
Statement of the Ministry of Foreign Affairs of the Republic of
Azerbaijan
Today marks thirty-three years since the tragedy of 20 January 1990.`;
    expect(read(text).blocks).toEqual([
      'I have the honour to transmit herewith the statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan on the thirty-third anniversary of the Tragedy of 20 January 1990 (see annex).',
      'I should be grateful if you would have the present letter and its annex circulated As a document of the General Assembly, under agenda items 30, 68, 73, 78, 84 and 132, and of the Security Council.',
      '(Signed) Yashar Aliyev Ambassador Permanent Representative',
      'Annex to the letter dated 19 January 2023 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General',
      'Statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan',
      'Today marks thirty-three years since the tragedy of 20 January 1990.',
    ]);
  });

  it('with two lines, still ends a paragraph longer than any wrap at its full stop', () => {
    const long = `${'Upon instructions from my Government, I wish to refer to the anniversary. '.repeat(3)}`;
    const { blocks } = read(`${long.trim()}\nIt is with great disappointment that we witness it.`);
    expect(blocks).toHaveLength(2);
  });
});
