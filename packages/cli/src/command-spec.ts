/** How a flag's text is parsed into the value sent to the API. */
export type FlagType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'json';

/** One flag of an operation's command: a query parameter or a top-level property of the request body. */
export interface FlagSpec {
  /** The flag's name without dashes, kebab-case (`agent-id`). */
  flag: string;
  /** The name on the wire (`agent_id`). */
  wire: string;
  in: 'query' | 'body';
  type: FlagType;
  /** For arrays: the type of each item. */
  items?: 'string' | 'integer' | 'number';
  /** The spec's enum: the only accepted values (of each item, for arrays). */
  choices?: readonly (string | number)[];
  required: boolean;
  description: string;
  default?: unknown;
  format?: string;
  example?: unknown;
}

/** A path parameter, taken as a positional argument. */
export interface ArgSpec {
  name: string;
  wire: string;
  description?: string;
  example?: unknown;
}

/** One operation of the spec as a `kaicalls <resource> <name>` command (generated, see scripts/generate). */
export interface CommandSpec {
  resource: string;
  name: string;
  tag: string;
  action: string;
  operationId: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  scopes: readonly string[];
  paginated: boolean;
  idempotency: 'none' | 'optional' | 'required';
  args: readonly ArgSpec[];
  options: readonly FlagSpec[];
  body: { required: boolean; schema: string | null } | null;
  takesParams: boolean;
  /** For lists: the columns of the table and of tab-separated output. */
  columns: readonly string[];
  examples: readonly string[];
  /**
   * For an operation that answers Server-Sent Events (`x-stream`): the schema of its items, what resumes it
   * (the item's `sequence` or its `id`) and whether it ends by itself (a call's timeline) or runs until closed.
   */
  stream?: { item: string; resume: 'sequence' | 'id'; ends: boolean };
}
