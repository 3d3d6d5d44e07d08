// Makes sure the end-to-end tests have a Chromium: finds one, or installs Debian's when it can, or says
// exactly what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const found = await findChromium();
if (found) {
  console.log(`End-to-end tests use ${found.source}${found.path ? ` (${found.path})` : ''}.`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/etc/debian_version')) {
  console.log('No Chromium found; installing Debian’s chromium package…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) break;
  }
  const installed = await findChromium();
  if (installed) {
    console.log(`Installed; end-to-end tests use ${installed.source}.`);
    process.exit(0);
  }
}

console.error(
  [
    'No Chromium was found for the end-to-end tests. Do one of these, then run npm test again:',
    '  - Debian/Ubuntu: sudo apt-get install -y chromium',
    '  - any system with Playwright downloads allowed: npx playwright install chromium',
    '  - point CHROMIUM_PATH at a Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test',
  ].join('\n'),
);
process.exit(1);
