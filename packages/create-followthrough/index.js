#!/usr/bin/env node
// `npm create followthrough [DIR] [-- options]`: `playbook init` of the followthrough version this
// package is released with (the two are released together, with the same version), so that a
// team starts without installing anything first. Every argument goes to init as it is.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const manifestPath = require.resolve('followthrough/package.json');
const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
const playbook = join(dirname(manifestPath), bin.playbook);
const child = spawnSync(process.execPath, [playbook, 'init', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = child.status ?? 1;
