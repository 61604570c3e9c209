// npm run db:migrate — applies prisma/migrations to DATABASE_URL (see scripts/lib/migrator.ts).
import path from "node:path";
import { migrate, MigrationError } from "./lib/migrator";

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error("DATABASE_URL is missing: set it to the database to migrate.");
  process.exit(1);
}

try {
  const result = await migrate({
    connectionString,
    migrationsDir: path.resolve(import.meta.dirname, "../prisma/migrations"),
    log: (line) => console.log(`db:migrate: ${line}`),
  });
  console.log(
    `db:migrate: ${result.applied.length} applied, ${result.alreadyApplied.length} already up to date`,
  );
} catch (error) {
  console.error(error instanceof MigrationError ? `db:migrate: ${error.message}` : error);
  process.exit(1);
}
