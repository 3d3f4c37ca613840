#!/usr/bin/env node
// A committed entry so package managers can link the binary before the first build.
import '../dist/bin.js';
