import type { TestProject } from "vitest/node";
import { createMigratedDatabase, dropDatabase, uniqueDatabaseName } from "./test-database";

// Migrates one template database per run; each test file then clones it (fast, and isolated).
export default async function setup(project: TestProject) {
  const template = uniqueDatabaseName("hearth_template");
  await createMigratedDatabase(template);
  project.provide("templateDatabase", template);
  return async () => {
    await dropDatabase(template);
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}
