/** A JSON Schema node, as much of it as the record schema uses. */
interface Node {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  description?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  oneOf?: Node[];
  anyOf?: Node[];
  $defs?: Record<string, Node>;
}

/** One line of the schema table: a field path, its type, whether it is required, what it is. */
export interface SchemaRow {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

const typeOf = (n: Node, defs: Record<string, Node>): string => {
  const node = resolve(n, defs);
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  const variants = node.oneOf ?? node.anyOf;
  if (variants) return variants.map((v) => typeOf(v, defs)).join(' | ');
  if (node.type === 'array') return `${node.items ? typeOf(node.items, defs) : 'unknown'}[]`;
  const t = Array.isArray(node.type) ? node.type.join(' | ') : (node.type ?? 'unknown');
  return node.format ? `${t} (${node.format})` : t;
};

function resolve(n: Node, defs: Record<string, Node>): Node {
  const name = n.$ref?.replace(/^#\/\$defs\//, '');
  return name && defs[name]
    ? { ...defs[name], description: n.description ?? defs[name]?.description }
    : n;
}

/**
 * The rows of the schema table, generated from the published JSON Schema (itself generated from
 * the zod schema): nothing here is written by hand.
 */
export function schemaRows(schema: Node): SchemaRow[] {
  const defs = schema.$defs ?? {};
  const rows: SchemaRow[] = [];
  const walk = (node: Node, path: string, depth: number, seen: Set<string>) => {
    if (depth > 6) return;
    const n = resolve(node, defs);
    if (n.$ref) return;
    const children: Array<[Node, string]> = [];
    if (n.properties)
      for (const [key, child] of Object.entries(n.properties)) {
        const childPath = path ? `${path}.${key}` : key;
        const c = resolve(child, defs);
        rows.push({
          path: childPath,
          type: typeOf(child, defs),
          required: n.required?.includes(key) ?? false,
          description: c.description ?? '',
        });
        children.push([child, childPath]);
      }
    if (n.items) children.push([n.items, `${path}[]`]);
    for (const v of n.oneOf ?? n.anyOf ?? []) children.push([v, path]);
    for (const [child, childPath] of children) {
      const key = child.$ref ?? '';
      if (key && seen.has(key)) continue;
      walk(child, childPath, depth + 1, key ? new Set([...seen, key]) : seen);
    }
  };
  walk(schema, '', 0, new Set());
  // A property shared by several variants appears once, with the types of all of them.
  const merged = new Map<string, SchemaRow>();
  for (const row of rows) {
    const prior = merged.get(row.path);
    if (!prior) merged.set(row.path, row);
    else if (!prior.type.split(' | ').includes(row.type))
      prior.type = `${prior.type} | ${row.type}`;
  }
  return [...merged.values()];
}
