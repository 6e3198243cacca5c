/**
 * Copies the JSDoc written on each field of a shape into the JSON Schema as `description`, by walking the
 * schema and the TypeScript type inferred from the same shape side by side (TypeScript's compiler API).
 */
import ts from 'typescript';

let program;
const checker = () => {
  if (!program) {
    const config = ts.getParsedCommandLineOfConfigFile(
      new URL('../../tsconfig.json', import.meta.url).pathname,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      },
    );
    program = ts.createProgram(config.fileNames, config.options);
  }
  return program.getTypeChecker();
};

const doc = (c, symbol) => ts.displayPartsToString(symbol.getDocumentationComment(c)).replace(/\s+/g, ' ').trim();

/** Adds `description`s to `schema` (in place) from the interface or type alias `typeName` exported by `src/<file>`. */
export function describe(schema, typeName, file) {
  const c = checker();
  const source = program.getSourceFile(new URL(`../../src/${file}`, import.meta.url).pathname);
  const alias = source?.statements.find(
    (s) => (ts.isTypeAliasDeclaration(s) || ts.isInterfaceDeclaration(s)) && s.name.text === typeName,
  );
  if (!alias) throw new Error(`describe: no type ${typeName} in src/${file}`);
  const rootDoc = doc(c, c.getSymbolAtLocation(alias.name));
  if (rootDoc) schema.description = rootDoc;
  const seen = new Set();

  const walk = (node, type) => {
    if (!node || typeof node !== 'object' || !type) return;
    type = c.getNonNullableType(type);
    if (node.$ref) {
      const name = node.$ref.replace('#/$defs/', '');
      if (!seen.has(name)) {
        seen.add(name);
        walk(schema.$defs[name], type);
      }
      return;
    }
    const members = type.isUnion() ? type.types : [type];
    for (const alt of node.anyOf ?? []) walk(alt, pick(alt, members));
    for (const branch of node.oneOf ?? []) {
      const tag = branch.properties?.type?.const;
      walk(branch, members.find((m) => c.getTypeOfSymbol(m.getProperty('type') ?? {})?.value === tag) ?? type);
    }
    if (node.type === 'array') walk(node.items, pick(node, members)?.getNumberIndexType());
    if (node.type === 'object' && node.properties && !node.oneOf) {
      const obj = pick(node, members);
      for (const [key, sub] of Object.entries(node.properties)) {
        const prop = obj?.getProperty(key);
        if (!prop) continue;
        const text = doc(c, prop);
        if (text) sub.description = text;
        walk(sub, c.getTypeOfSymbol(prop));
      }
    }
  };
  /** The member of a union that a schema alternative describes (an array, an object or a primitive). */
  const pick = (node, members) =>
    members.find((m) =>
      node.type === 'array'
        ? c.isArrayType(m)
        : node.type === 'object'
          ? !!(m.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) && !c.isArrayType(m)
          : true,
    );

  walk(schema, c.getTypeAtLocation(alias.name));
}
