// What a caller passes accepts `undefined` in its optional properties (`name?: string | undefined`), so
// `kai.calls.create({ name: maybe })` compiles under `exactOptionalPropertyTypes`, where `name?: string`
// refuses a `string | undefined`. openapi-typescript has no option for it, so this rewrites its output:
// each operation's query and request body, and every schema a request body or query reaches through
// `$ref`, at any depth. The transport drops `undefined` values (JSON leaves them out, the query skips them).
import ts from 'typescript';

const { factory } = ts;

/** The names of the component schemas that a request (a body or a query parameter) reaches. */
export function requestSchemas(document) {
  const names = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/components/schemas/')) {
      const name = node.$ref.split('/').pop();
      if (names.has(name)) return;
      names.add(name);
      visit(document.components.schemas[name]);
    }
    for (const value of Object.values(node)) visit(value);
  };
  for (const item of Object.values(document.paths)) {
    for (const op of Object.values(item)) {
      visit(op.requestBody);
      visit((op.parameters ?? []).filter((p) => p.in === 'query'));
    }
  }
  return names;
}

const isUndefined = (type) =>
  type.kind === ts.SyntaxKind.UndefinedKeyword ||
  (ts.isLiteralTypeNode(type) && type.literal.kind === ts.SyntaxKind.UndefinedKeyword);

/** `T` → `T | undefined` (a union gains one more member). */
function orUndefined(type) {
  const members = ts.isUnionTypeNode(type) ? [...type.types] : [type];
  if (members.some(isUndefined)) return type;
  const parenthesized = members.map((member) =>
    ts.isFunctionTypeNode(member) || ts.isConditionalTypeNode(member)
      ? factory.createParenthesizedType(member)
      : member,
  );
  return factory.createUnionTypeNode([
    ...parenthesized,
    factory.createKeywordTypeNode(ts.SyntaxKind.UndefinedKeyword),
  ]);
}

/** `type` with every optional property inside it (at any depth) also accepting `undefined`. */
function widen(type) {
  const [result] = ts.transform(type, [
    (context) => {
      const visit = (node) => {
        const next = ts.visitEachChild(node, visit, context);
        if (ts.isPropertySignature(next) && next.questionToken && next.type) {
          return factory.updatePropertySignature(
            next,
            next.modifiers,
            next.name,
            next.questionToken,
            orUndefined(next.type),
          );
        }
        return next;
      };
      return (root) => ts.visitNode(root, visit);
    },
  ]).transformed;
  return result;
}

const nameOf = (member) =>
  member.name && ts.isIdentifier(member.name) ? member.name.text : member.name?.text;
const memberNamed = (members, name) => members.find((member) => nameOf(member) === name);

/** Replaces the type of the property signature `member` by `change(type)`. */
function withType(member, change) {
  return factory.updatePropertySignature(
    member,
    member.modifiers,
    member.name,
    member.questionToken,
    change(member.type),
  );
}

/** Rewrites the `members` of a type literal whose names pass `pick`, by `change`. */
function rewriteMembers(literal, pick, change) {
  return factory.updateTypeLiteralNode(
    literal,
    factory.createNodeArray(
      literal.members.map((member) =>
        ts.isPropertySignature(member) && member.type && pick(nameOf(member)) ? change(member) : member,
      ),
    ),
  );
}

/** The `components` and `operations` interfaces of openapi-typescript's AST, with request types widened. */
export function acceptUndefined(nodes, schemas) {
  return nodes.map((node) => {
    if (!ts.isInterfaceDeclaration(node)) return node;
    const name = node.name.text;
    if (name !== 'components' && name !== 'operations') return node;
    const members = node.members.map((member) => {
      if (!ts.isPropertySignature(member) || !member.type || !ts.isTypeLiteralNode(member.type))
        return member;
      if (name === 'components') {
        // components.schemas.<Name>: widened when a request reaches it.
        if (nameOf(member) !== 'schemas') return member;
        return withType(member, (literal) =>
          rewriteMembers(
            literal,
            (schema) => schemas.has(schema),
            (schema) => withType(schema, widen),
          ),
        );
      }
      // operations.<operationId>: its parameters.query and its requestBody.
      return withType(member, (operation) =>
        rewriteMembers(
          operation,
          (key) => key === 'parameters' || key === 'requestBody',
          (part) =>
            nameOf(part) === 'requestBody'
              ? withType(part, widen)
              : withType(part, (parameters) =>
                  ts.isTypeLiteralNode(parameters) && memberNamed(parameters.members, 'query')
                    ? rewriteMembers(
                        parameters,
                        (key) => key === 'query',
                        (query) => withType(query, widen),
                      )
                    : parameters,
                ),
        ),
      );
    });
    return factory.updateInterfaceDeclaration(
      node,
      node.modifiers,
      node.name,
      node.typeParameters,
      node.heritageClauses,
      factory.createNodeArray(members),
    );
  });
}
