// `npm start`: builds the web app when its sources are newer than the last build, then serves API
// and web app on one port, with the demo data loaded into an empty database.
import { main } from '@grenzland/server/server';
import { buildWebIfStale } from '@grenzland/server/web-build';
import { loadDemoIfEmpty } from './demo-loader';

buildWebIfStale();
await main(loadDemoIfEmpty);
