// The built web app, as `npm start`, the browser tests and the benchmark serve it: build it when its
// sources are newer than the last build (or there is none).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = fileURLToPath(new URL('../../web', import.meta.url));
const marker = join(webDir, 'build', '200.html');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), 0);
}

export function buildWebIfStale(): void {
  const inputs = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'].map((p) => newest(join(webDir, p)));
  if (existsSync(marker) && statSync(marker).mtimeMs >= Math.max(...inputs)) return;
  console.log('Building the web app…');
  const result = spawnSync('npm', ['run', 'build', '--workspace', 'web'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('web: `npm run build --workspace web` failed');
}
