// A worker thread starts without its parent's TypeScript loader: register tsx's, then load the
// worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
