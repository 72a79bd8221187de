// A single-page app: the Fastify server serves build/ and answers unknown paths with 200.html,
// so every page renders in the browser (Sigma needs WebGL and `window` anyway).
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
    // The explorer's page in each language (routes/[lang=lang]/+page.ts).
    prerender: { entries: ['/de', '/cs', '/en'] },
    // Its styles (a few kB) inline in that page: no stylesheet requests ahead of the app's start.
    inlineStyleThreshold: 16_384,
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
