// `npm run dev`: the API (with its database, as `npm start` has it) on PORT (3000), and the web app
// from Vite's dev server with hot reload on WEB_PORT (5173), which passes /api and /docs on to the
// API. Open the Vite address. For the web app alone against an API running elsewhere:
// `API_URL=http://host:port npm run dev --workspace web`.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { main } from '../../server/src/server';

await main();
// SvelteKit reads its config from the working directory.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const vite = await createServer();
await vite.listen();
vite.printUrls();
