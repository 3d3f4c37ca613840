// scripts/generate/52-sdk-resources.gen.mjs: what it writes for the spec's operations, and that every
// example the SDK documents comes from the spec's `x-codeSamples`.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM generator without types
import { generate } from '../../../scripts/generate/52-sdk-resources.gen.mjs';
// @ts-expect-error: plain ESM helper without types
import { loadSpec, operations } from '../../../scripts/generate/spec.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const spec = await loadSpec(root);
const files: Record<string, string> = await generate(spec);
const file = (name: string) => files[`packages/sdk/src/generated/resources/${name}.ts`]!;

describe('52-sdk-resources', () => {
  it('writes one kebab-case file per tag', () => {
    const names = Object.keys(files).map((path) => path.split('/').pop());
    expect(names).toContain('sms-messages.ts');
    expect(names).toHaveLength(spec.tags.length);
  });

  it.each([
    [
      'a get takes its path parameter, camelCase',
      'sms-messages',
      'get(smsId: string, options?: RequestOptions): APIPromise<SmsMessage>',
    ],
    [
      'a list takes optional filters and pages its items',
      'agents',
      'list(params?: AgentListParams, options?: RequestOptions): PagePromise<Agent>',
    ],
    [
      'a required body comes after the path parameter',
      'agents',
      'update(agentId: string, params: AgentUpdateParams, options?: RequestOptions): APIPromise<Agent>',
    ],
    [
      'an optional body may be left out',
      'webhooks',
      'rotateSecret(webhookId: string, params?: WebhookRotateSecretParams, options?: RequestOptions): APIPromise<WebhookEndpointWithSecret>',
    ],
    [
      'a body shared by several operations is one alias, named for the create',
      'runs',
      'validate(params: RunCreateParams, options?: RequestOptions): APIPromise<RunValidation>',
    ],
    [
      'a model named like its class is imported under another name',
      'analytics',
      'get(params?: AnalyticsGetParams, options?: RequestOptions): APIPromise<AnalyticsModel>',
    ],
    [
      'an operation without params takes only options',
      'account',
      'getBalance(options?: RequestOptions): APIPromise<Balance>',
    ],
    [
      'the transport gets the operation id and the path arguments',
      'agents',
      "return this._transport.list('listAgentConfigVersions', [agentId], params, options);",
    ],
    [
      'a stream (x-stream) yields its item; one that ends carries the StreamEnd (the final call)',
      'calls',
      'stream(callId: string, params?: CallStreamParams, options?: StreamOptions): Stream<CallTimelineEvent, StreamEnd>',
    ],
    [
      'a stream that does not end has no end type',
      'events',
      'stream(params?: EventStreamParams, options?: StreamOptions): Stream<Event>',
    ],
    [
      'a stream goes through the transport’s stream, with its operation id',
      'events',
      "return this._transport.stream('streamEvents', [], params, options);",
    ],
    [
      'param aliases are typed from the operation',
      'calls',
      "export type CallListEventsParams = Query<'listCallEvents'>;",
    ],
  ])('%s', (_, name, want) => {
    expect(file(name)).toContain(want);
  });

  it('uses every operation’s and every tag’s TypeScript x-codeSamples entry as the @example', () => {
    const sampleOf = (node: { 'x-codeSamples': { lang: string; label: string; source: string }[] }) =>
      node['x-codeSamples'].find((s) => s.lang === 'TypeScript' && s.label === 'kaicalls')!.source;
    for (const tag of spec.tags) {
      // The JSDoc without its indentation: ` * line` becomes `* line`.
      const source = file(tag.name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()).replace(/^ +/gm, '');
      const ops = operations(spec).filter((op: { tag: string }) => op.tag === tag.name);
      const nodes = [
        tag,
        ...ops.map((op: { path: string; method: string }) => spec.paths[op.path][op.method.toLowerCase()]),
      ];
      for (const node of nodes) {
        const commented = sampleOf(node)
          .trimEnd()
          .split('\n')
          .map((line) => `* ${line}`.trimEnd())
          .join('\n');
        expect(source).toContain(`* @example\n${commented}\n*/`);
      }
      expect(source.split('@example').length - 1).toBe(nodes.length);
    }
  });

  it('fails, naming the operation, when one has no TypeScript sample', async () => {
    const copy = structuredClone(spec);
    delete copy.paths['/v1/calls/{call_id}'].get['x-codeSamples'];
    await expect(generate(copy)).rejects.toThrow(/getCall has no x-codeSamples entry/);
  });
});
