// Every operation of the spec has a handler: the mock never answers "not mocked" for a real endpoint.

import { operations } from '@kaicalls/contract/operations';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../src/http/router.js';
import { createMock } from '../src/index.js';

describe('operations', () => {
  const mock = createMock();
  const routed = new Set(mock.routes.map((r) => r.operation.operationId));

  it.each(operations.map((o) => [o.operationId, o.method, o.path] as const))(
    '%s (%s %s) has a handler',
    (operationId) => {
      expect(routed.has(operationId), `${operationId} has no resolver in src/resources`).toBe(true);
    },
  );

  it('has one msw handler per operation, and the route table finds each one', () => {
    expect(mock.handlers).toHaveLength(operations.length);
    const router = createRouter(mock.routes);
    for (const operation of operations) {
      const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => `${name}_x1`);
      const match = router.match(operation.method, path);
      expect(match?.route.operation.operationId, `${operation.method} ${path}`).toBe(operation.operationId);
    }
    // Static segments win over parameters: POST /v1/events/backfill is not an event id.
    expect(router.match('POST', '/v1/events/backfill')?.route.operation.operationId).toBe('backfillEvents');
    expect(router.match('GET', '/v1/calls/')).toBeUndefined();
    expect(router.match('GET', '/v1/nothing')).toBeUndefined();
    expect(router.allowed('/v1/leads')).toEqual(['GET']);
  });
});
