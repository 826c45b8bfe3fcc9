import { type CITATION_STYLES, shippedCitation } from '@black-january/corpus/citations';
import { citationStyles } from '@black-january/corpus/cite';
import { type DocumentRecord, passages } from '@black-january/corpus/records';
import { anchorOf, pinpointOf } from './site';

/** What the Cite panel of one document needs, computed at build time from the shipped citations. */
export interface CiteData {
  styles: Array<{ name: string; title: string; modes: string[] }>;
  /** Pinpoint anchors ("" for the whole document) and their labels ("para. 3"). */
  pinpoints: Array<{ anchor: string; label: string }>;
  /** `style|mode|anchor` → the citation as plain text. */
  text: Record<string, string>;
}

export function citeData(record: DocumentRecord): CiteData {
  const styles = citationStyles()
    .filter((s) => s.builtin)
    .map((s) => ({ name: s.name, title: s.title, modes: [...s.modes] }));
  const pinpoints = [
    { anchor: '', label: 'the whole document', locator: undefined },
    ...[...passages(record)].map((p) => ({
      anchor: anchorOf(p.locator),
      label: pinpointOf(record, p.locator),
      locator: p.locator,
    })),
  ];
  const text: Record<string, string> = {};
  for (const s of styles)
    for (const mode of s.modes)
      for (const p of pinpoints) {
        const citation = shippedCitation(record.id, {
          style: s.name as (typeof CITATION_STYLES)[number],
          mode: mode as 'note',
          format: 'text',
          ...(p.locator ? { pinpoint: p.locator } : {}),
        });
        if (!citation) throw new Error(`no shipped citation for ${record.id} in ${s.name} ${mode}`);
        text[`${s.name}|${mode}|${p.anchor}`] = citation.text;
      }
  return { styles, pinpoints: pinpoints.map(({ anchor, label }) => ({ anchor, label })), text };
}
