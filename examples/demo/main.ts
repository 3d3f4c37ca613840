// `pnpm demo` (from the repository root) runs this file. KAICALLS_DEMO_SPEED changes the mock's speed.
import { runDemo } from './src/demo.js';

const started = performance.now();
const speed = process.env.KAICALLS_DEMO_SPEED ? Number(process.env.KAICALLS_DEMO_SPEED) : undefined;
try {
  await runDemo(speed ? { speed } : {});
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s; both servers are closed.`);
} catch (error) {
  console.error(`\nThe demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
