import { describe, expect, it } from 'vitest';
import { ingestText } from '../../ingest.js';
import { releasePieces } from './release-pieces.js';

const LETTERHEAD =
  'Permanent Mission of the Republic of Kazakhstan to the United Nations 3 Dag Hammarskjold Plaza, New York, NY 10017 Tel.: (212) 230-1900';
const TEXT =
  'On 29 August 2021, Kazakhstan marks the thirtieth anniversary of the closure of the Semipalatinsk nuclear test site. More than 450 nuclear tests were conducted at the site between 1949 and 1989. The international community proclaimed 29 August the International Day against Nuclear Tests.';

describe('releasePieces', () => {
  it('cuts a flattened release at its label, title, text and closing dateline', () => {
    expect(
      releasePieces(
        `${LETTERHEAD} PRESS RELEASE Kazakhstan marks the thirtieth anniversary of the closure of the Semipalatinsk test site ${TEXT} New York, 27 August 2021`,
      )?.map((p) => p.trim()),
    ).toEqual([
      LETTERHEAD,
      'PRESS RELEASE',
      'Kazakhstan marks the thirtieth anniversary of the closure of the Semipalatinsk test site',
      TEXT,
      'New York, 27 August 2021',
    ]);
  });

  it('a label with its date or number, a title in bold, a dateline under the label', () => {
    expect(
      releasePieces(
        `${LETTERHEAD} **Press release, 20 January 2020** **Thirtieth anniversary** ${TEXT}`,
      )?.map((p) => p.trim()),
    ).toEqual([
      LETTERHEAD,
      '**Press release, 20 January 2020**',
      '**Thirtieth anniversary**',
      TEXT,
    ]);
    expect(
      releasePieces(
        `Press release New York, 20 January 2024 Statement by the Permanent Mission on the anniversary Thirty-four years ago, ${TEXT}`,
      )?.map((p) => p.trim()),
    ).toEqual([
      'Press release',
      'New York, 20 January 2024',
      'Statement by the Permanent Mission on the anniversary',
      `Thirty-four years ago, ${TEXT}`,
    ]);
    expect(
      releasePieces(`${LETTERHEAD} PRESS RELEASE No: 03/2021 20 January 2021 ${TEXT}`)?.[1],
    ).toBe('PRESS RELEASE No: 03/2021 20 January 2021 ');
  });

  it('is no release where prose stands before the words "press release"', () => {
    expect(releasePieces(`The Ministry said in a press release that ${TEXT}`)).toBeNull();
    expect(releasePieces(TEXT)).toBeNull();
  });
});

describe('a flattened press release read by ingest', () => {
  it('reads as the release with its line breaks: kind, title, date, issuer', () => {
    const release = `${LETTERHEAD.replace(' 3 Dag', '\n3 Dag')}\n\nPRESS RELEASE\n\nKazakhstan marks the thirtieth anniversary of the closure of the Semipalatinsk test site\n\n${TEXT}\n\nNew York, 27 August 2021\n`;
    const fields = (text: string) => {
      const { record } = ingestText(text);
      return [record.kind, record.title, record.date, record.issuer?.name];
    };
    expect(fields(release)).toEqual([
      'press-release',
      'Kazakhstan marks the thirtieth anniversary of the closure of the Semipalatinsk test site',
      '2021-08-27',
      'Permanent Mission of the Republic of Kazakhstan to the United Nations',
    ]);
    const flat = release.replace(/\s+/g, ' ');
    expect(fields(flat)).toEqual(fields(release));
    // Flattened, then wrapped again by a mail client.
    expect(fields(flat.replace(/(.{1,72})(?: |$)/g, '$1\n'))).toEqual(fields(release));
    // Its paragraphs run together with nothing between, as a web page's text taken without
    // separators: the label glued to the letterhead and the title, the dateline to the text.
    const glued = release
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\n/g, ' '))
      .join('');
    expect(glued).toContain('1900PRESS RELEASEKazakhstan');
    expect(fields(glued)).toEqual(fields(release));
    // The same with two labels, a dated label, a title ending in a quotation mark, a mission's
    // name run on after a line in another language.
    const { record } = ingestText(
      `Azərbaycan Respublikasının BMT yanında Daimi NümayəndəliyiPermanent Mission of the Republic of Azerbaijan to the United NationsSpecial IssuePress release, 20 January 2020Thirtieth anniversary of the "Black January"${TEXT}`,
    );
    expect([record.kind, record.title, record.date, record.issuer?.name]).toEqual([
      'press-release',
      'Thirtieth anniversary of the "Black January"',
      '2020-01-20',
      'Permanent Mission of the Republic of Azerbaijan to the United Nations',
    ]);
    // In a copy that keeps its lines, the label run on to the letterhead's last line.
    expect(fields(release.replace('1900\n\nPRESS RELEASE', '1900PRESS RELEASE'))).toEqual(
      fields(release),
    );
    // A release's number and date, or a dateline, glued to the label and the title.
    for (const head of [
      'PRESS RELEASENo: 03/2021 27 August 2021',
      'Press releaseNew York, 27 August 2021',
    ]) {
      const { record: r } = ingestText(
        `Permanent Mission of the Republic of Kazakhstan to the United Nations${head}Kazakhstan marks the thirtieth anniversary${TEXT}`,
      );
      expect([r.kind, r.title, r.date], head).toEqual([
        'press-release',
        'Kazakhstan marks the thirtieth anniversary',
        '2021-08-27',
      ]);
    }
  });
});
