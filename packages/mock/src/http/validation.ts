// Requests are validated against the spec's own schemas (path, query, headers, body), with validators
// precompiled from the spec at generate time. A violation is a 400 invalid_request that names the field
// and the rule.

import type { Operation } from '@kaicalls/contract/operations';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { spec } from '../generated/spec.js';
import * as validators from '../generated/validators.js';
import { MockError } from './errors.js';
import type { IncomingRequest } from './pipeline.js';

/** Larger bodies are refused before parsing. */
export const MAX_BODY_BYTES = 1_000_000;

function deref(node: any): any {
  let current = node;
  while (current?.$ref?.startsWith('#/')) {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((at: any, key: string) => at[key], spec);
  }
  return current;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: any;
}

interface Compiled {
  path: ValidateFunction;
  query: ValidateFunction;
  queryTypes: Map<string, string | undefined>;
  headers: Parameter[];
  body: ValidateFunction | undefined;
  bodyRequired: boolean;
}

const compiled = new Map<string, Compiled>();
const generated = validators as unknown as Record<string, ValidateFunction | undefined>;

function parametersOf(operation: Operation): Parameter[] {
  const item = spec.paths[operation.path];
  const op = item[operation.method.toLowerCase()];
  return [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref);
}

/** The operation's validators, precompiled from the spec by `pnpm generate` (no Ajv compiler at run time). */
function compile(operation: Operation): Compiled {
  const cached = compiled.get(operation.operationId);
  if (cached) return cached;
  const id = operation.operationId;
  const parameters = parametersOf(operation);
  const op = spec.paths[operation.path][operation.method.toLowerCase()];
  const body = op.requestBody ? deref(op.requestBody) : undefined;
  const result: Compiled = {
    path: generated[`${id}_path`]!,
    query: generated[`${id}_query`]!,
    queryTypes: new Map(
      parameters.filter((p) => p.in === 'query').map((p) => [p.name, deref(p.schema)?.type]),
    ),
    headers: parameters.filter((p) => p.in === 'header'),
    body: body ? generated[`${id}_body`] : undefined,
    bodyRequired: Boolean(body?.required),
  };
  compiled.set(operation.operationId, result);
  return result;
}

function coerce(value: string, type: string | undefined): unknown {
  if (type === 'integer' || type === 'number') {
    const n = Number(value);
    return value.trim() === '' || Number.isNaN(n) ? value : n;
  }
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  // The spec's arrays in a query are `style: form, explode: false`: `types=call.completed,call.failed`.
  if (type === 'array') return value.split(',');
  return value;
}

/** A sentence a developer can act on, from Ajv's first error. */
export function describe(
  error: ErrorObject,
  where: 'body' | 'query' | 'path',
): { message: string; param: string } {
  const { message, field } = explain(error, where);
  return {
    message: `Invalid ${where === 'path' ? 'path parameter' : where === 'query' ? 'query parameter' : 'request body'}: ${message}.`,
    param: field || where,
  };
}

/** What an Ajv error says, as a clause (`to must be a phone number…`), and the field it is about. */
export function explain(
  error: ErrorObject,
  where: 'body' | 'query' | 'path',
): { message: string; field: string } {
  const segments = error.instancePath.split('/').filter(Boolean);
  let field = segments.reduce((out, s) => (/^\d+$/.test(s) ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');
  const at = (name: string) => (field ? `${field}.${name}` : name);
  const params = error.params as Record<string, any>;
  let message: string;
  switch (error.keyword) {
    case 'required':
      field = at(params.missingProperty);
      message = `${field} is required`;
      break;
    case 'additionalProperties':
      field = at(params.additionalProperty);
      message = `${field} is not a known ${where === 'query' ? 'query parameter' : 'field'}; check its spelling (the API uses snake_case)`;
      break;
    case 'type':
      message = `${field || 'the body'} must be ${params.type === 'integer' ? 'an integer' : `of type ${params.type}`}`;
      break;
    case 'enum':
      message = `${field} must be one of: ${params.allowedValues.join(', ')}`;
      break;
    case 'const':
      message = `${field} must be ${JSON.stringify(params.allowedValue)}`;
      break;
    case 'pattern':
      message = /E164|\\\+\[1-9\]/.test(String(params.pattern))
        ? `${field} must be a phone number in E.164 format, e.g. +15125551234`
        : `${field} has the wrong format (must match ${params.pattern})`;
      break;
    case 'format':
      message = `${field} must be a valid ${params.format}${params.format === 'date-time' ? ' (ISO 8601, e.g. 2026-02-15T14:30:00Z)' : ''}`;
      break;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      message = `${field} ${error.message}`;
      break;
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
      message = `${field || (where === 'body' ? 'the body' : where)} ${error.message}`;
      break;
    default:
      message = `${field || 'the body'} ${error.message}`;
  }
  return { message, field };
}

function fail(validate: ValidateFunction, where: 'body' | 'query' | 'path'): never {
  const { message, param } = describe(validate.errors![0]!, where);
  throw new MockError('invalid_request', message, param);
}

/** Validates a request against its operation, returning its typed inputs. */
export async function validateRequest(
  operation: Operation,
  request: IncomingRequest,
  params: Record<string, string>,
): Promise<{ params: Record<string, string>; query: Record<string, unknown>; body: unknown }> {
  const schemas = compile(operation);
  const path: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    try {
      path[name] = decodeURIComponent(String(value));
    } catch {
      throw new MockError(
        'invalid_request',
        `Invalid path parameter: ${name} is not valid percent-encoding.`,
        name,
      );
    }
  }
  if (!schemas.path(path)) fail(schemas.path, 'path');

  const query: Record<string, unknown> = {};
  for (const [name, value] of new URL(request.url).searchParams) {
    if (name in query)
      throw new MockError(
        'invalid_request',
        `Invalid query parameter: ${name} was given more than once.`,
        name,
      );
    query[name] = coerce(value, schemas.queryTypes.get(name));
  }
  if (!schemas.query(query)) fail(schemas.query, 'query');

  for (const header of schemas.headers) {
    const value = request.headers.get(header.name);
    if (value === null) continue;
    if (value.length === 0 || value.length > 255) {
      throw new MockError(
        'invalid_request',
        `Invalid ${header.name} header: it must be 1 to 255 characters.`,
        header.name,
      );
    }
    const pattern = deref(header.schema)?.pattern as string | undefined;
    if (pattern !== undefined && !new RegExp(pattern, 'u').test(value)) {
      throw new MockError(
        'invalid_request',
        `Invalid ${header.name} header: ${JSON.stringify(value.slice(0, 60))} has the wrong format (must match ${pattern}).`,
        header.name,
      );
    }
  }

  let body: unknown;
  if (schemas.body) {
    const text = await readBody(request);
    if (text.trim() === '') {
      if (schemas.bodyRequired) {
        throw new MockError(
          'invalid_request',
          `${operation.method} ${operation.path} needs a JSON body.`,
          'body',
        );
      }
    } else {
      const type = request.headers.get('content-type') ?? '';
      if (!/^application\/(.+\+)?json\b/i.test(type)) {
        throw new MockError(
          'invalid_request',
          `Send the body as JSON with Content-Type: application/json (got "${type || 'none'}").`,
          'Content-Type',
        );
      }
      try {
        body = JSON.parse(text);
      } catch (error) {
        throw new MockError(
          'invalid_request',
          `The request body is not valid JSON: ${(error as Error).message}.`,
          'body',
        );
      }
      if (!schemas.body(body)) fail(schemas.body, 'body');
    }
  }
  return { params: path, query, body };
}

async function readBody(request: IncomingRequest): Promise<string> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) throw tooLarge();
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) throw tooLarge();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new MockError('invalid_request', 'The request body is not valid UTF-8 text.', 'body');
  }
}

function tooLarge(): MockError {
  return new MockError('invalid_request', `The request body is larger than ${MAX_BODY_BYTES} bytes.`, 'body');
}
