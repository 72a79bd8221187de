// The tests use two programs from Debian's packages: Chromium for the browser tests, and poppler's
// pdftotext and pdftoppm to read and render the PDFs the product makes. Install what is missing (as
// root, or through sudo, with apt), so `npm test` works on a fresh machine; elsewhere say what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const onPath = (program: string) => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;

const missing = [
  ...(existsSync(chromiumPath) ? [] : ['chromium', 'fonts-dejavu-core']),
  ...(onPath('pdftotext') && onPath('pdftoppm') ? [] : ['poppler-utils']),
];

if (missing.length > 0) {
  const [command, ...prefix] = process.getuid?.() === 0 ? ['apt-get'] : ['sudo', '-n', 'apt-get'];
  const apt = (...args: string[]) =>
    spawnSync(command!, [...prefix, ...args], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  console.log(`Installing Debian's ${missing.join(', ')} for the tests…`);
  const update = apt('update', '-q');
  const install = update.status === 0 ? apt('install', '-y', '-q', '--no-install-recommends', ...missing) : update;
  if (install.status !== 0 || !existsSync(chromiumPath) || !onPath('pdftoppm')) {
    console.error(
      `Could not install ${missing.join(', ')}. Install Debian's packages "chromium" and "poppler-utils" ` +
        `(apt-get install chromium poppler-utils), or set CHROMIUM_PATH to a Chromium.`,
    );
    process.exit(1);
  }
}
