import type { Transport } from './transport.js';

/** The base of every resource (`kai.calls`, `kai.agents`, ...): it holds the client's transport. */
export class APIResource {
  protected readonly _transport: Transport;
  constructor(transport: Transport) {
    this._transport = transport;
  }
}
