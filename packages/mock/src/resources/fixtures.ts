// Records a user loads into the mock (`createMock({ fixtures })`, `kaicalls-mock --fixtures file.json`,
// `POST /_mock/fixtures`), in the API's wire format. Each record is validated against the spec's schema
// of its collection (validators precompiled by `pnpm generate`), and the references the mock relies on
// (an agent's business, a number's agent) are checked, before anything is written: a bad file changes
// nothing, and its error names the record.
import type { ValidateFunction } from 'ajv';
import type { Core, Fixtures } from '../core/context.js';
import * as validators from '../generated/validators.js';
import { MockError } from '../http/errors.js';
import { explain } from '../http/validation.js';

const generated = validators as unknown as Record<string, ValidateFunction>;

/** Each collection a fixtures document may hold, with the spec schema of its records. */
const COLLECTIONS = {
  agents: 'Agent',
  numbers: 'PhoneNumber',
  leads: 'Lead',
  appointments: 'Appointment',
  calls: 'Call',
} as const satisfies Record<keyof Fixtures, string>;
type Collection = keyof typeof COLLECTIONS;

function bad(where: string, message: string, param?: string): never {
  throw new MockError('invalid_request', `Fixture ${where}: ${message}.`, param ?? 'fixtures');
}

/** Checks a fixtures document against the spec's schemas; throws a 400 `MockError` naming the first bad record. */
export function validateFixtures(input: unknown): asserts input is Fixtures {
  if (!input || typeof input !== 'object' || Array.isArray(input))
    bad('document', `must be a JSON object with any of ${Object.keys(COLLECTIONS).join(', ')}`);
  for (const [name, records] of Object.entries(input)) {
    if (!(name in COLLECTIONS))
      bad(name, `is not a collection fixtures can load; use ${Object.keys(COLLECTIONS).join(', ')}`, name);
    if (!Array.isArray(records))
      bad(name, `must be an array of ${COLLECTIONS[name as Collection]} records`, name);
    const validate = generated[`fixture_${COLLECTIONS[name as Collection]}`]!;
    records.forEach((record: unknown, i) => {
      if (validate(record)) return;
      const id = (record as { id?: unknown } | null)?.id;
      const { message, field } = explain(validate.errors![0]!, 'body');
      bad(
        `${name}[${i}]${typeof id === 'string' ? ` (${id})` : ''}`,
        message,
        `${name}[${i}]${field ? `.${field}` : ''}`,
      );
    });
  }
}

/**
 * Validates `fixtures` and writes them into the runtime's state (a record with an existing id replaces it).
 * @example loadFixtures(rt, { leads: [lead] })
 */
export function loadFixtures(ctx: Core, fixtures: unknown): { loaded: Record<string, number> } {
  validateFixtures(fixtures);
  const { state } = ctx;
  const agents = new Set([...state.agents.keys(), ...(fixtures.agents ?? []).map((a) => a.id)]);
  fixtures.agents?.forEach((agent, i) => {
    if (!state.businesses.has(agent.business_id))
      bad(
        `agents[${i}] (${agent.id})`,
        `business_id ${agent.business_id} is not a business of the mock; use one of ${[...state.businesses.keys()].join(', ')}`,
        `agents[${i}].business_id`,
      );
  });
  fixtures.numbers?.forEach((number, i) => {
    if (number.agent_id !== null && !agents.has(number.agent_id))
      bad(
        `numbers[${i}] (${number.id})`,
        `agent_id ${number.agent_id} is not an agent`,
        `numbers[${i}].agent_id`,
      );
  });
  const loaded: Record<string, number> = {};
  for (const agent of fixtures.agents ?? []) state.agents.set(agent.id, structuredClone(agent));
  for (const number of fixtures.numbers ?? []) state.numbers.set(number.id, structuredClone(number));
  for (const lead of fixtures.leads ?? []) state.leads.set(lead.id, structuredClone(lead));
  for (const appointment of fixtures.appointments ?? [])
    state.appointments.set(appointment.id, structuredClone(appointment));
  for (const call of fixtures.calls ?? []) {
    state.calls.set(call.id, structuredClone(call));
    if (!state.timelines.has(call.id)) state.timelines.set(call.id, []);
  }
  for (const name of Object.keys(COLLECTIONS) as Collection[])
    loaded[name] = (fixtures[name] as unknown[] | undefined)?.length ?? 0;
  return { loaded };
}
