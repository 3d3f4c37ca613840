// This file is generated from spec/openapi.yaml by `pnpm generate`. Do not edit it by hand.

import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../core/resource.js';
import type { Query, RequestOptions } from '../../core/types.js';
import type { Lead } from '../models.js';

/** The query parameters of `kai.leads.list`, camelCase: its filters, and `limit` and `cursor` for paging. */
export type LeadListParams = Query<'listLeads'>;

/**
 * The CRM context that enriches calls.
 * @example
 * for await (const lead of kai.leads.list()) console.log(lead.id, lead.status);
 */
export class Leads extends APIResource {
  /**
   * List leads.
   *
   * Returns the leads of your businesses, most recently created first.
   *
   * Await it for the first page, or iterate it with `for await` for every item of every page.
   * @example
   * for await (const lead of kai.leads.list({ status: 'qualified', minScore: 70 })) console.log(lead.name);
   */
  list(params?: LeadListParams, options?: RequestOptions): PagePromise<Lead> { return this._transport.list('listLeads', [], params, options); }

  /**
   * Get a lead.
   *
   * Returns a lead with its score, pipeline status, source and interaction count.
   * @example
   * const lead = await kai.leads.get('lead_5Rb7nM2xKw');
   */
  get(leadId: string, options?: RequestOptions): APIPromise<Lead> { return this._transport.request('getLead', [leadId], undefined, options); }
}
