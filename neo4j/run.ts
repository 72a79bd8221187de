// `npm run db`: the local Neo4j alone, for people who want a database without the app.
import { MissingToolError, startLocalNeo4j } from './local-neo4j';

try {
  const db = await startLocalNeo4j();
  console.log(
    `Neo4j 5.26 Community is running at ${db.uri} (loopback only). Ctrl+C stops it.\n` +
      `Connect as user ${db.user} with the password in ${db.passwordFile}, e.g.\n` +
      `  NEO4J_URI=${db.uri} NEO4J_PASSWORD="$(cat ${db.passwordFile})" npm start`,
  );
  const stop = () => void db.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
} catch (error) {
  console.error(error instanceof MissingToolError ? error.message : error);
  process.exit(1);
}
