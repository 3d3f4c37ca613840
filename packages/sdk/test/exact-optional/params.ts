// Compiled with exactOptionalPropertyTypes: true (./tsconfig.json). The methods take exactly these types
// (`calls.create(params: CallCreateParams)`, `CallCreateParams = Body<'createCall'>`), so what compiles
// here compiles as `kai.calls.create({ … })`. This file imports no SDK runtime: the type-check is of the
// generated parameter types alone.
import type { Body, Params, Query, Result } from '../../src/core/types.js';

declare const maybeName: string | undefined;
declare const maybeLimit: number | undefined;

// The sentinel: this tsconfig really is in exact mode, where a plain optional property refuses undefined.
// @ts-expect-error TS2375 under exactOptionalPropertyTypes
export const sentinel: { name?: string } = { name: maybeName };

// A body's optional properties accept undefined: kai.calls.create({ …, name: maybe }).
export const create: Body<'createCall'> = {
  agentId: 'agt_4Vd9kQ2mXp',
  to: '+15005550001',
  name: maybeName,
  context: maybeName,
  metadata: undefined,
};

// A query's too: kai.calls.list({ limit: maybe }), and Params (what the transport takes) the same.
export const list: Query<'listCalls'> = { limit: maybeLimit, cursor: maybeName, status: undefined };
export const listParams: Params<'listCalls'> = { limit: maybeLimit };

// At any depth: a schema a request reaches through $ref (a run's schedule, its contacts).
export const run: Body<'createRun'> = {
  name: 'Follow-ups',
  agentId: 'agt_4Vd9kQ2mXp',
  contacts: [{ to: '+15005550001', name: maybeName }],
  schedule: { startAt: maybeName },
};

// An update (PATCH) too.
export const update: Body<'updateAgent'> = { name: maybeName, isActive: undefined };

export const required: Body<'createCall'> = {
  // @ts-expect-error a required property still refuses undefined
  agentId: maybeName,
  to: '+15005550001',
};

// Results are unchanged: reading an optional field is `T | undefined` in either mode.
export const status: Result<'getCall'>['status'] = 'completed';

// As an argument, the way the methods take it (TS2379 before, for `name: maybe`).
declare function createCall(params: Body<'createCall'>): void;
declare function listCalls(params?: Params<'listCalls'>): void;
createCall({ agentId: 'agt_4Vd9kQ2mXp', to: '+15005550001', name: maybeName });
listCalls({ limit: maybeLimit });
