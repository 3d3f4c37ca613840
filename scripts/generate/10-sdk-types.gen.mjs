// The types of the spec: openapi-typescript over the whole document (paths, components, webhooks), written
// once into the private contract package, for the SDK's surface and for the mock's store.
import openapiTS, { astToString } from 'openapi-typescript';
import { BANNER } from './spec.mjs';

export async function generate(spec) {
  const ast = await openapiTS(structuredClone(spec), {
    alphabetize: false,
    exportType: false,
    defaultNonNullable: false,
  });
  const source = `${BANNER}\n${astToString(ast)}`;
  return {
    'packages/contract/src/generated/openapi.ts': source,
  };
}
