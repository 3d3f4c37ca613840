#!/usr/bin/env node
// kaicalls-mock: the mock server from the command line (the same front as `kaicalls mock`, ./server/cli.ts).
import { runMockServerCli } from './server.js';

process.exit(await runMockServerCli(process.argv.slice(2)));
