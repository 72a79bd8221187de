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
        'img-src': ['self', 'data:', 'blob:'],
        'style-src': ['self', 'unsafe-inline'],
        'connect-src': ['self'],
      },
    },
  },
};
