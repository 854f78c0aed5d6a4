#!/usr/bin/env node
/* global process, console */
// Makes sure Playwright has a Chromium before the e2e tests run. On a fresh Debian machine where we are root
// (CI), it installs Debian's chromium with apt-get; elsewhere it only tells how to get one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { DEBIAN_CHROMIUM, findChromium } from './find-browser.mjs';

const LABELS = { CHROMIUM_PATH: 'CHROMIUM_PATH', system: 'the system Chromium', playwright: "Playwright's own Chromium" };

function report(found) {
  const how = LABELS[found.source];
  console.log(`ensure-browser: using ${how}: ${found.location}`);
}

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

function run(command, args) {
  console.log(`ensure-browser: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

function fail(message) {
  console.error(`ensure-browser: ${message}`);
  console.error(
    [
      'Get a Chromium in one of these ways, then run the tests again:',
      '  - Debian/Ubuntu: sudo apt-get install chromium   (used from /usr/bin/chromium)',
      '  - Playwright\'s own build: npx playwright install chromium',
      '  - any Chromium/Chrome you have: export CHROMIUM_PATH=/path/to/chrome',
    ].join('\n'),
  );
  process.exit(1);
}

const found = findChromium();
if (found) {
  report(found);
  process.exit(0);
}

if (process.env.CHROMIUM_PATH) {
  console.warn(`ensure-browser: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !onPath('apt-get')) {
  fail(`no Chromium found (looked at CHROMIUM_PATH, ${DEBIAN_CHROMIUM} and Playwright's browser cache).`);
}

console.log("ensure-browser: no Chromium found; installing Debian's chromium with apt-get.");
try {
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
} catch (error) {
  fail(`installing chromium failed: ${error instanceof Error ? error.message : String(error)}`);
}

const installed = findChromium();
if (!installed) fail(`apt-get finished but ${DEBIAN_CHROMIUM} is still missing.`);
report(installed);
