// Lists the public symbols of the documented packages that lack a doc comment or an `@example`, so their
// owners can fill them in. The style guide asks for both on every public function, class and method.
//
//   node docs/tools/doc-coverage.mjs [--strict]   (--strict: exit 1 when anything is missing)
import { Application, ReflectionKind } from 'typedoc';
import config from '../typedoc.config.mjs';

/** Kinds whose every public member should show a reader how to use it. */
const NEEDS_EXAMPLE = ReflectionKind.Class | ReflectionKind.Function | ReflectionKind.Method;
/** Kinds that need at least a sentence. */
const NEEDS_COMMENT =
  NEEDS_EXAMPLE |
  ReflectionKind.Interface |
  ReflectionKind.TypeAlias |
  ReflectionKind.Variable |
  ReflectionKind.Property |
  ReflectionKind.Accessor |
  ReflectionKind.Enum;

const app = await Application.bootstrapWithPlugins({
  ...config,
  projectDocuments: [],
  treatWarningsAsErrors: false,
  treatValidationWarningsAsErrors: false,
  logLevel: 'Error',
});
const project = await app.convert();
if (!project) throw new Error('docs: TypeDoc could not convert the project');

const comment = (r) =>
  r.comment ??
  r.signatures?.find((s) => s.comment)?.comment ??
  r.getSignature?.comment ??
  r.setSignature?.comment;
const hasExample = (r) =>
  [r.comment, ...(r.signatures ?? []).map((s) => s.comment)].some((c) =>
    c?.blockTags.some((tag) => tag.tag === '@example'),
  );

const generated = (r) => r.sources?.some((s) => s.fileName.includes('/generated/'));
const missing = { comment: [], example: [] };
for (const r of Object.values(project.reflections)) {
  if (!r.kindOf(NEEDS_COMMENT) || r.flags.isPrivate || r.flags.isProtected || r.flags.isExternal) continue;
  if (r.name.startsWith('_') || r.name.startsWith('[') || r.kindOf(ReflectionKind.Constructor)) continue;
  // Members of interfaces and type literals generated from the spec carry the spec's descriptions.
  if (generated(r) && !r.parent?.kindOf(ReflectionKind.Module)) continue;
  // An inherited or overriding member (a Promise subclass's `then`) is documented where it is declared.
  if (r.inheritedFrom || r.overwrites) continue;
  const name = r.getFullName();
  // Members of object types derived from the spec (a method's params, a result's fields) are described by
  // the spec; their sources, when TypeDoc knows them, are generated files.
  if (name.includes('__type') && (!r.sources?.length || generated(r))) continue;
  if (!comment(r)) missing.comment.push(`${ReflectionKind.singularString(r.kind)} ${name}`);
  else if (r.kindOf(NEEDS_EXAMPLE) && !hasExample(r))
    missing.example.push(`${ReflectionKind.singularString(r.kind)} ${name}`);
}

for (const [what, list] of Object.entries(missing)) {
  console.log(
    `\n${list.length} public symbol(s) without ${what === 'comment' ? 'a doc comment' : 'an @example'}:`,
  );
  for (const entry of list.sort()) console.log(`  ${entry}`);
}
if (process.argv.includes('--strict') && missing.comment.length + missing.example.length > 0)
  process.exitCode = 1;
