import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { Body, Query, RequestOptions } from '../core/types.js';
import type { Agent, AgentConfigVersion, Deleted } from '../generated/models.js';

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
   * Lists agents, most recently created first.
   * @example
   * for await (const agent of kai.agents.list({ isActive: true })) console.log(agent.id, agent.name);
   */
  list(params?: AgentListParams, options?: RequestOptions): PagePromise<Agent> {
    return this._transport.list('listAgents', [], params, options);
  }

  /**
   * Creates an agent; its first configuration becomes config version 1.
   * @example
   * const agent = await kai.agents.create({ name: 'Kai', systemPrompt: 'You are the receptionist of Smith Law.' });
   */
  create(params: AgentCreateParams, options?: RequestOptions): APIPromise<Agent> {
    return this._transport.request('createAgent', [], params, options);
  }

  /**
   * Gets an agent with its current configuration and phone number.
   * @example
   * const agent = await kai.agents.get('agt_4Vd9kQ2mXp');
   */
  get(agentId: string, options?: RequestOptions): APIPromise<Agent> {
    return this._transport.request('getAgent', [agentId], undefined, options);
  }

  /**
   * Changes only the fields given; a configuration change records a new config version.
   * @example
   * const agent = await kai.agents.update('agt_4Vd9kQ2mXp', { name: 'Kai (after hours)' });
   */
  update(agentId: string, params: AgentUpdateParams, options?: RequestOptions): APIPromise<Agent> {
    return this._transport.request('updateAgent', [agentId], params, options);
  }

  /**
   * Deletes an agent; its past calls are kept.
   * @example
   * await kai.agents.delete('agt_4Vd9kQ2mXp');
   */
  delete(agentId: string, options?: RequestOptions): APIPromise<Deleted> {
    return this._transport.request('deleteAgent', [agentId], undefined, options);
  }

  /**
   * Lists every configuration the agent has run with, newest first.
   * @example
   * const { data: versions } = await kai.agents.listConfigVersions('agt_4Vd9kQ2mXp', { limit: 5 });
   */
  listConfigVersions(
    agentId: string,
    params?: AgentListConfigVersionsParams,
    options?: RequestOptions,
  ): PagePromise<AgentConfigVersion> {
    return this._transport.list('listAgentConfigVersions', [agentId], params, options);
  }
}
