// `npm run dev`: Vite with hot reload; /api and /docs go to the API server (API_URL, or PORT on
// this machine, 3000 by default), so the browser sees one origin as in production.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

const api = process.env.API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;

export default defineConfig({
  plugins: [sveltekit()],
  // The explorer's pages are prerendered (routes/[lang=lang]/+page.ts) in Node, where typesafe-i18n's
  // package entry does not resolve as an ES module: bundled into that build instead.
  ssr: { noExternal: ['typesafe-i18n'] },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: { '/api': api, '/docs': api },
  },
});
