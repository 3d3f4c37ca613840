// The workerd entry: a Worker whose fetch runs the scenario with the input POSTed to it.
import { type ScenarioInput, scenario } from './scenario.js';

export default {
  async fetch(request: Request): Promise<Response> {
    try {
      return Response.json(await scenario((await request.json()) as ScenarioInput));
    } catch (error) {
      return Response.json({ error: String((error as Error).stack ?? error) }, { status: 500 });
    }
  },
};
