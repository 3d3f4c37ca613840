// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../core/resource.js';
import type { Body, Query, RequestOptions } from '../../core/types.js';
import type { Agent, AgentConfigVersion, Deleted } from '../models.js';

/** The query parameters of `kai.agents.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type AgentListParams = Query<'listAgents'>;
/** The body of `kai.agents.create`, camelCase. */
export type AgentCreateParams = Body<'createAgent'>;
/** The body of `kai.agents.update`, camelCase. */
export type AgentUpdateParams = Body<'updateAgent'>;
/** The query parameters of `kai.agents.listConfigVersions`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type AgentListConfigVersionsParams = Query<'listAgentConfigVersions'>;

/**
 * AI voice agents, their settings and the history of their configuration.
 * @example
 * const agent = await kai.agents.get('agt_4Vd9kQ2mXp');
 * for await (const version of kai.agents.listConfigVersions(agent.id)) console.log(version.version);
 */
export class Agents extends APIResource {
  /**
   * List agents.
   *
   * Returns the agents of every business the key can reach, most recently created first.
   *
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   * @example
   * for await (const agent of kai.agents.list({ isActive: true })) console.log(agent.id, agent.name);
   */
  list(params?: AgentListParams, options?: RequestOptions): PagePromise<Agent> { return this._transport.list('listAgents', [], params, options); }

  /**
   * Create an agent.
   *
   * Creates an AI voice agent. Its first configuration becomes config version 1.
   *
   * Sends an `Idempotency-Key` (a random one, or `options.idempotencyKey`) that stays the same across the
   * request's retries, so a retried create takes effect once.
   * @example
   * const agent = await kai.agents.create({ name: 'Kai', systemPrompt: 'You are the receptionist of Smith Law.' });
   */
  create(params: AgentCreateParams, options?: RequestOptions): APIPromise<Agent> { return this._transport.request('createAgent', [], params, options); }

  /**
   * Get an agent.
   *
   * Returns an agent with its current configuration and assigned phone number.
   * @example
   * const agent = await kai.agents.get('agt_4Vd9kQ2mXp');
   */
  get(agentId: string, options?: RequestOptions): APIPromise<Agent> { return this._transport.request('getAgent', [agentId], undefined, options); }

  /**
   * Update an agent.
   *
   * Changes only the fields sent. A change to its configuration records a new config version.
   * @example
   * const agent = await kai.agents.update('agt_4Vd9kQ2mXp', { name: 'Kai (after hours)' });
   */
  update(agentId: string, params: AgentUpdateParams, options?: RequestOptions): APIPromise<Agent> { return this._transport.request('updateAgent', [agentId], params, options); }

  /**
   * Delete an agent.
   *
   * Deletes an agent. Its past calls are kept; its phone number is unassigned.
   * @example
   * await kai.agents.delete('agt_4Vd9kQ2mXp');
   */
  delete(agentId: string, options?: RequestOptions): APIPromise<Deleted> { return this._transport.request('deleteAgent', [agentId], undefined, options); }

  /**
   * List an agent's config versions.
   *
   * Returns every configuration the agent has run with, newest first, so that a call's behaviour can be
   * matched to the exact configuration that produced it.
   *
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   * @example
   * const { data: versions } = await kai.agents.listConfigVersions('agt_4Vd9kQ2mXp', { limit: 5 });
   */
  listConfigVersions(agentId: string, params?: AgentListConfigVersionsParams, options?: RequestOptions): PagePromise<AgentConfigVersion> { return this._transport.list('listAgentConfigVersions', [agentId], params, options); }
}
