// `npm start`: builds the web app when its sources are newer than the last build, then serves
// API and web app on one port.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from './server';

const webDir = fileURLToPath(new URL('../../web', import.meta.url));

function newestChange(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs;
    return Math.max(newest, time);
  }, 0);
}

function webBuildIsCurrent(): boolean {
  const marker = join(webDir, 'build', '200.html');
  if (!existsSync(marker)) return false;
  const sources = [join(webDir, 'src'), join(webDir, 'static')].filter(existsSync);
  const configs = ['svelte.config.js', 'vite.config.ts', 'package.json'].map((f) => join(webDir, f)).filter(existsSync);
  const newestSource = Math.max(...sources.map(newestChange), ...configs.map((f) => statSync(f).mtimeMs));
  return statSync(marker).mtimeMs >= newestSource;
}

if (!webBuildIsCurrent() && existsSync(join(webDir, 'svelte.config.js'))) {
  console.log('Building the web app…');
  const result = spawnSync('npm', ['run', 'build', '--workspace', 'web'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

await main();
