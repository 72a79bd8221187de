// Browser tests drive Debian's Chromium. Install it (as root, through apt) when it is missing, so
// `npm test` works on a fresh machine; elsewhere say what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromiumPath)) {
  const [command, ...prefix] = process.getuid?.() === 0 ? ['apt-get'] : ['sudo', '-n', 'apt-get'];
  const apt = (...args: string[]) =>
    spawnSync(command!, [...prefix, ...args], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  console.log("Chromium not found; installing Debian's chromium for the browser tests…");
  const update = apt('update', '-q');
  const install = update.status === 0 ? apt('install', '-y', '-q', '--no-install-recommends', 'chromium', 'fonts-dejavu-core') : update;
  if (install.status !== 0 || !existsSync(chromiumPath)) {
    console.error(`Could not install Chromium. Install Debian's package "chromium" (apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}
