// Starts the embedded PostgreSQL for development and prints its URL; Ctrl-C stops it.
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";

const db = await startEmbeddedPostgres({ dataDir: ".data/dev-postgres" });
console.log(db.url);
const stop = () => void db.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
