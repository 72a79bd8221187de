// A single-page app: the Fastify server serves build/ and answers unknown paths with 200.html,
// so every page renders in the browser (Sigma needs WebGL and `window` anyway).
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        // The ForceAtlas2 worker is started from a blob URL.
        'worker-src': ['self', 'blob:'],
        // Map tiles (MAP_STYLE_URL) come from a host known only when the server starts: the server's
        // own Content-Security-Policy header (security.ts) names it, and browsers enforce both.
        'img-src': ['self', 'data:', 'blob:', 'https:', 'http:'],
        'style-src': ['self', 'unsafe-inline'],
        'connect-src': ['self'],
      },
    },
  },
};
