// The SDK's types: openapi-typescript over the whole spec (paths, components, webhooks).
import openapiTS, { astToString } from 'openapi-typescript';
import { BANNER } from './spec.mjs';

export async function generate(spec) {
  const ast = await openapiTS(structuredClone(spec), { alphabetize: false, exportType: false });
  return { 'packages/sdk/src/generated/openapi.ts': `${BANNER}\n${astToString(ast)}` };
}
