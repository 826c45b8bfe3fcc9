import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../schema.js';
import { CURATED_RECORDS } from './index.js';

const byId = (id: string) => CURATED_RECORDS.find((r) => r.id === id) as DocumentRecord;
const statusOf = (r: DocumentRecord) =>
  Object.fromEntries(Object.entries(r.provenance).map(([k, v]) => [k, v.status]));

const MISSION = {
  name: 'Permanent Mission of the Republic of Azerbaijan to the United Nations',
  kind: 'organization',
  country: 'Azerbaijan',
};
const PR = {
  name: 'Permanent Representative of Azerbaijan to the United Nations',
  kind: 'office',
  country: 'Azerbaijan',
};
const SG = { name: 'Secretary-General of the United Nations', kind: 'office', country: null };
const UN = { name: 'United Nations', kind: 'organization', country: null };
const ALIYEV = { name: 'Yashar Aliyev', title: 'Ambassador', role: 'Permanent Representative' };
const LETTER_TITLE = (d: string) =>
  `Letter dated ${d} from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General`;

describe('000 — 2020-01-17-letter', () => {
  const r = byId('2020-01-17-letter');
  it('has the masthead metadata as printed', () => {
    expect(r).toMatchObject({
      kind: 'letter',
      title: LETTER_TITLE('17 January 2020'),
      titleIsDescriptive: false,
      date: '2020-01-17',
      distributionDate: '2020-01-20',
      symbols: [],
      distribution: 'General',
      originalLanguage: 'en',
      languages: ['en'],
      organs: [
        { organ: 'General Assembly', session: 74, sessionType: 'regular' },
        { organ: 'Security Council', year: 2020 },
      ],
      issuer: UN,
      author: PR,
      addressee: SG,
      signatories: [ALIYEV],
      occasion: { date: '2020-01-20' },
    });
    expect(r.agendaItems.map((a) => [a.session, a.number, a.title])).toEqual([
      [
        74,
        '32',
        'Protracted conflicts in the GUAM area and their implications for international peace, security and development',
      ],
      [74, '37', 'The situation in the occupied territories of Azerbaijan'],
      [74, '75', 'Responsibility of States for internationally wrongful acts'],
      [74, '83', 'The rule of law at the national and international levels'],
    ]);
  });
  it('has no symbol of its own and references the letter it answers', () => {
    expect(r.provenance.symbols.status).toBe('not-found');
    expect(r.references).toEqual([
      expect.objectContaining({
        type: 'un-document',
        symbol: 'A/74/649-S/2020/34',
        members: ['A/74/649', 'S/2020/34'],
        paragraph: { paragraph: 6 },
      }),
    ]);
    expect(r.relations.find((x) => x.type === 'repliesTo')).toMatchObject({
      target: 'A/74/649-S/2020/34',
      targetKind: 'un-symbol',
    });
  });
  it('has twelve body paragraphs, a signature and no annex', () => {
    expect(r.body.filter((b) => b.type === 'paragraph')).toHaveLength(12);
    expect(r.body.at(-1)).toEqual({
      type: 'signature',
      lines: ['(Signed) Yashar Aliyev', 'Ambassador', 'Permanent Representative'],
    });
    expect(r.annexes).toEqual([]);
  });
});

describe('001 — 2023-01-20-letter', () => {
  const r = byId('2023-01-20-letter');
  it('has the masthead metadata as printed', () => {
    expect(r).toMatchObject({
      kind: 'letter',
      title: LETTER_TITLE('20 January 2023'),
      date: '2023-01-20',
      distributionDate: '2023-01-20',
      symbols: [],
      distribution: 'General',
      originalLanguage: 'en',
      organs: [{ organ: 'General Assembly', session: 77, sessionType: 'regular' }],
      issuer: UN,
      author: PR,
      addressee: SG,
      signatories: [ALIYEV],
    });
    expect(r.agendaItems.map((a) => `${a.number}: ${a.title}`)).toEqual([
      '30: Prevention of armed conflict',
      '68: Promotion and protection of human rights',
      '73: Responsibility of States for internationally wrongful acts',
      '78: Crimes against humanity',
      '84: The rule of law at the national and international levels',
      '132: The responsibility to protect and the prevention of genocide, war crimes, ethnic cleansing and crimes against humanity',
    ]);
  });
  it('has one annex: the Ministry statement, dated, with eight paragraphs', () => {
    expect(r.annexes).toHaveLength(1);
    const annex = r.annexes[0];
    expect(annex).toMatchObject({
      n: 1,
      title: `Annex to the l${LETTER_TITLE('20 January 2023').slice(1)}`,
      subtitle:
        'Statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan on 20 January – National Mourning Day',
      date: '2023-01-20',
    });
    expect(annex?.body.filter((b) => b.type === 'paragraph')).toHaveLength(8);
    expect(r.body.filter((b) => b.type === 'paragraph')).toHaveLength(3);
  });
});

describe('002 — 2020-01-20-press-release', () => {
  const r = byId('2020-01-20-press-release');
  it('is a dated press release of the Mission with a bilingual letterhead', () => {
    expect(r).toMatchObject({
      kind: 'press-release',
      title: 'Thirtieth anniversary of the "Black January"',
      titleIsDescriptive: false,
      date: '2020-01-20',
      distributionDate: null,
      symbols: [],
      distribution: null,
      originalLanguage: null,
      languages: ['en', 'az'],
      organs: [],
      agendaItems: [],
      issuer: MISSION,
      author: MISSION,
      addressee: null,
      signatories: [],
    });
    expect(r.body[0]).toMatchObject({ type: 'letterhead' });
    expect(r.body.filter((b) => b.type === 'paragraph')).toHaveLength(6);
  });
});

describe('003 — 2024-01-20-statement', () => {
  const r = byId('2024-01-20-statement');
  it('prints no issuer and no date: the issuer is curated and the date left empty', () => {
    expect(r).toMatchObject({
      kind: 'statement',
      title: '34th anniversary of the “Black January” tragedy',
      date: null,
      issuer: MISSION,
      author: null,
      occasion: { date: '2024-01-20' },
    });
    expect(statusOf(r)).toMatchObject({
      kind: 'curated',
      issuer: 'curated',
      date: 'not-found',
      author: 'not-found',
      occasion: 'stated',
    });
    expect(r.references.map((x) => (x.type === 'work' ? [x.workType, x.title] : x.symbol))).toEqual(
      [
        ['report', 'Black January in Azerbaijan'],
        ['decision', 'On the tragic events committed in Baku on January 20, 1990'],
        ['instrument', 'Universal Declaration of Human Rights'],
        ['instrument', 'International Covenant on Civil and Political Rights'],
      ],
    );
    expect(r.body.filter((b) => b.type === 'paragraph')).toHaveLength(8);
  });
});

describe('004 — 2009-01-19-press-release', () => {
  const r = byId('2009-01-19-press-release');
  it('is untitled: its title is a description, marked so and curated', () => {
    expect(r).toMatchObject({
      kind: 'press-release',
      titleIsDescriptive: true,
      date: '2009-01-19',
      issuer: MISSION,
      occasion: { date: '2009-01-20' },
    });
    expect(statusOf(r)).toMatchObject({ title: 'curated', date: 'stated', kind: 'stated' });
    expect(r.body.at(-1)).toEqual({ type: 'dateline', text: 'New York, 19 January 2009' });
    expect(
      r.body.filter((b) => b.type === 'heading').map((b) => b.type === 'heading' && b.text),
    ).toEqual(['Special Issue', 'Press-release']);
  });
});

describe('provenance across the corpus', () => {
  it('gives every letter the same sources for its masthead fields', () => {
    for (const id of ['2020-01-17-letter', '2023-01-20-letter']) {
      expect(statusOf(byId(id))).toEqual({
        kind: 'stated',
        title: 'stated',
        date: 'stated',
        distributionDate: 'stated',
        symbols: 'not-found',
        distribution: 'stated',
        originalLanguage: 'stated',
        languages: 'curated',
        organs: 'stated',
        agendaItems: 'stated',
        issuer: 'curated',
        author: 'stated',
        addressee: 'stated',
        signatories: 'stated',
        occasion: 'stated',
      });
    }
  });
});
