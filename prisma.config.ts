import { defineConfig } from "prisma/config";

// The URL is only used by Prisma CLI commands that talk to a database; the app reads src/env.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
