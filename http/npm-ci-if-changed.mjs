// `npm ci` in the given directory, unless its node_modules was installed by `npm ci` from the same
// package-lock.json: a build that changed nothing (every `exec:java` of the examples) then costs
// nothing here instead of a reinstall of several seconds. Usage: node npm-ci-if-changed.mjs <dir>
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const lock = readFileSync(join(dir, 'package-lock.json'));
const stamp = join(dir, 'node_modules', '.kiln-installed-from-package-lock.json');
if (existsSync(stamp) && readFileSync(stamp).equals(lock)) {
  process.exit(0);
}
const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
  cwd: dir,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (npm.status !== 0) {
  process.exit(npm.status ?? 1);
}
writeFileSync(stamp, lock);
