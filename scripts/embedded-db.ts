// Serves the embedded PGlite database persisted under .data/ until stopped (used by scripts/run.sh).
import path from "node:path";
import { startEmbeddedDatabase } from "./lib/embedded-db";

const dataDir = path.resolve(import.meta.dirname, "../.data/pglite");
const port = Number(process.env.EMBEDDED_DB_PORT ?? "5433");
const database = await startEmbeddedDatabase({ dataDir, port });
console.log(`embedded-db: ready at ${database.url} (data in ${dataDir})`);

const stop = async () => {
  await database.stop();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
