// The Bun and Deno entry: the scenario's input as the first argument, its result as one JSON line.
import { type ScenarioInput, scenario } from './scenario.js';

declare const Deno: { args: string[] } | undefined;
declare const process: { argv: string[] };

const arg = typeof Deno !== 'undefined' ? Deno.args[0] : process.argv[2];
console.log(JSON.stringify(await scenario(JSON.parse(arg!) as ScenarioInput)));
