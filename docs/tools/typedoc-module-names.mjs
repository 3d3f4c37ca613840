// A TypeDoc plugin that names each entry-point module after the import path users write (`kaicalls/webhooks`)
// instead of its source path (`sdk/src/webhooks`). The mapping comes from the `moduleNames` option, which
// docs/typedoc.config.mjs derives from the packages' `exports` maps.
import { relative } from 'node:path';
import { Converter, ParameterType, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.options.addDeclaration({
    name: 'moduleNames',
    help: 'Maps an entry point (path relative to the repository root) to the module name to show',
    type: ParameterType.Mixed,
    defaultValue: {},
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    /** @type {Record<string, string>} */
    const names = app.options.getValue('moduleNames');
    const root = process.cwd();
    for (const module of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      const file = module.sources?.[0]?.fullFileName;
      const name = file && names[relative(root, file)];
      if (name) module.name = name;
      else
        app.logger.warn(`docs: no module name for the entry point ${file ?? module.name}; check moduleNames`);
    }
  });
}
