import { afterAll, inject } from "vitest";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./test-database";

// Runs before each integration test file: a private copy of the migrated schema, so files run in
// parallel without seeing each other's rows. Modules that read DATABASE_URL are imported after this.
const name = uniqueDatabaseName("hearth_test");
process.env.DATABASE_URL = await createDatabase(name, inject("templateDatabase"));
process.env.AUTH_SECRET ??= "integration-tests-secret-at-least-32-chars";

afterAll(async () => {
  const { db } = await import("@/server/db");
  await db.$disconnect();
  await dropDatabase(name);
});
