import { formatRecords } from '@black-january/corpus/export';
import { type DocumentRecord, documents } from '@black-january/corpus/records';
import type { APIRoute, GetStaticPaths } from 'astro';

const FORMATS = {
  bib: {
    type: 'application/x-bibtex',
    render: (r: DocumentRecord) => formatRecords([r], 'bibtex'),
  },
  ris: {
    type: 'application/x-research-info-systems',
    render: (r: DocumentRecord) => formatRecords([r], 'ris'),
  },
  'csl.json': {
    type: 'application/vnd.citationstyles.csl+json',
    render: (r: DocumentRecord) => formatRecords([r], 'csl-json'),
  },
  json: {
    type: 'application/json',
    render: (r: DocumentRecord) => `${JSON.stringify(r, null, 2)}\n`,
  },
} as const;

/** Every record in every download format: `2020-01-17-letter.bib`, `….ris`, `….csl.json`, `….json`. */
export const getStaticPaths: GetStaticPaths = () =>
  documents.flatMap((record) =>
    Object.keys(FORMATS).map((ext) => ({
      params: { file: `${record.id}.${ext}` },
      props: { record, ext },
    })),
  );

export const GET: APIRoute = ({ props }) => {
  const { record, ext } = props as { record: DocumentRecord; ext: keyof typeof FORMATS };
  const format = FORMATS[ext];
  return new Response(format.render(record), { headers: { 'Content-Type': format.type } });
};
