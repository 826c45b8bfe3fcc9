/** A Parquet schema element, as far as these files use one. */
export interface SchemaElement {
  name: string;
  type?: string;
  converted_type?: string;
  repetition_type?: string;
  num_children?: number;
}

/** A Parquet column: its name, its schema elements (a list is three), and how a record fills it. */
export interface Column<Row> {
  name: string;
  type: 'STRING' | 'INT32' | 'DATE' | 'LIST<STRING>';
  required: boolean;
  description: string;
  value(row: Row): unknown;
}

/** The Parquet schema elements of a set of columns (lists in the standard three-level form). */
export function schemaOf<Row>(columns: ReadonlyArray<Column<Row>>): SchemaElement[] {
  const leaf = (c: Column<Row>): Partial<SchemaElement> =>
    c.type === 'INT32'
      ? { type: 'INT32' }
      : c.type === 'DATE'
        ? { type: 'INT32', converted_type: 'DATE' }
        : { type: 'BYTE_ARRAY', converted_type: 'UTF8' };
  return [
    { name: 'root', num_children: columns.length },
    ...columns.flatMap((c): SchemaElement[] =>
      c.type === 'LIST<STRING>'
        ? [
            { name: c.name, repetition_type: 'REQUIRED', num_children: 1, converted_type: 'LIST' },
            { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
            {
              name: 'element',
              type: 'BYTE_ARRAY',
              converted_type: 'UTF8',
              repetition_type: 'REQUIRED',
            },
          ]
        : [{ name: c.name, repetition_type: c.required ? 'REQUIRED' : 'OPTIONAL', ...leaf(c) }],
    ),
  ];
}
