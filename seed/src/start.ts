// `npm start`: builds the web app when its sources are newer than the last build, then serves
// API and web app on one port.
import { main } from './server';
import { buildWebIfStale } from './web-build';

buildWebIfStale();
await main();
