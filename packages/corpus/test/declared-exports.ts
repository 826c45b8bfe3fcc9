import ts from 'typescript';

/**
 * The runtime values each entry's declarations promise, as a consumer's TypeScript sees them:
 * `import * as m` from an ES module (the `.d.ts` of the `import` condition) or `import m =
 * require()` from CommonJS (the `.d.cts`). Types and interfaces are left out: they have no value.
 */
export function declaredValues(
  appDir: string,
  specifiers: readonly string[],
  kind: 'esm' | 'cjs',
): Map<string, string[]> {
  const ext = kind === 'esm' ? 'mts' : 'cts';
  const files = specifiers.map((spec, i) => {
    const file = `${appDir}/declared-${kind}-${i}.${ext}`;
    const text =
      kind === 'esm'
        ? `import * as m from '${spec}';\nexport { m };\n`
        : `import m = require('${spec}');\nexport { m };\n`;
    ts.sys.writeFile(file, text);
    return file;
  });
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const out = new Map<string, string[]>();
  for (const [i, file] of files.entries()) {
    const source = program.getSourceFile(file);
    const decl = source?.statements.find(
      (s) => ts.isImportDeclaration(s) || ts.isImportEqualsDeclaration(s),
    );
    const name =
      decl && ts.isImportDeclaration(decl)
        ? (decl.importClause?.namedBindings as ts.NamespaceImport | undefined)?.name
        : (decl as ts.ImportEqualsDeclaration | undefined)?.name;
    if (!name) throw new Error(`${file}: no import to check`);
    const module = checker.getAliasedSymbol(checker.getSymbolAtLocation(name) as ts.Symbol);
    const values = checker
      .getExportsOfModule(module)
      .filter((s) => {
        const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
        return (target.flags & ts.SymbolFlags.Value) !== 0;
      })
      .map((s) => s.name)
      .sort();
    out.set(specifiers[i] as string, values);
  }
  return out;
}
