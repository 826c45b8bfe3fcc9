// Synthetic documents made from the real ones: sentences recombined by a seeded generator, with
// invented place names and numbers so the vocabulary grows with the corpus as real text does.

export const QUERIES = [
  'Martyrs',
  'funeral ceremony',
  'Soviet troops Baku',
  'killed wounded',
  'territorial integrity',
  'crime against humanity',
  'National Mourning Day',
  'Milli Majlis',
  'Sumgait',
  'independence sovereignty',
  'kelvarod',
  'tanks armoured vehicles',
  // As typed, before the last word is finished: its prefix stands for several terms.
  'Soviet tr',
];

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'rod', 'vel', 'mar', 'tun', 'bas', 'lin', 'qo', 'zer', 'an', 'ish', 'gol'];

export function syntheticRecords(real, count, seed = 1990) {
  const random = rng(seed);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const sentences = real.flatMap((d) =>
    d.body.filter((b) => b.type === 'paragraph').flatMap((b) => b.text.split(/(?<=\.)\s+/)),
  );
  const template = real[0];
  const word = () => Array.from({ length: 3 }, () => pick(SYLLABLES)).join('');
  const out = [];
  for (let i = 0; i < count; i++) {
    const paragraphs = 3 + Math.floor(random() * 5);
    const body = [];
    for (let n = 1; n <= paragraphs; n++) {
      const text = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(sentences))
        .join(' ')
        .replace(/Baku/g, () =>
          random() < 0.3 ? word()[0].toUpperCase() + word().slice(1) : 'Baku',
        )
        .replace(/\d{2,}/g, () => String(Math.floor(random() * 10_000)));
      body.push({ type: 'paragraph', n, text });
    }
    out.push({
      ...template,
      id: `synthetic-${i}`,
      date: template.date,
      body,
      annexes: [],
      figures: [],
      references: [],
      mentions: [],
      relations: [],
    });
  }
  return out;
}
