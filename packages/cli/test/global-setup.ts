// The tests run the built binary: build it (and the SDK and mock it runs on) when dist/ is missing or
// older than its sources, so a test never passes against a stale build.
import { ensureBuilt } from '../../../scripts/ensure-built.js';

export default function setup(): void {
  ensureBuilt('packages/cli');
}
