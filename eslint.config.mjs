import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

const NO_APP = {
  group: ["@/app", "@/app/**"],
  message: "Only src/app imports src/app: pass server actions to components as props.",
};
const NO_COMPONENTS = {
  group: ["@/components", "@/components/**"],
  message: "src/server and src/lib sit below the components and never import them.",
};
const SERVER_TYPES_ONLY = {
  group: ["@/server", "@/server/**"],
  allowTypeImports: true,
  message:
    "Client code imports types, not values, from src/server; shared values belong in src/lib.",
};

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "src/generated/**",
      ".data/**",
      ".test-run/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "*.config.mjs",
    ],
  },
  ...nextCoreWebVitals,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through src/env.ts." },
      ],
    },
  },
  {
    files: ["src/env.ts", "scripts/**", "tests/**", "bench/**", "*.config.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  // Layers: app → components → lib and app → server → lib. Arrows the other way fail lint.
  {
    files: ["src/components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [NO_APP, SERVER_TYPES_ONLY] }],
    },
  },
  {
    // Client islands in src/app ship to the browser like components do.
    files: ["src/app/**/*-client.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [SERVER_TYPES_ONLY] }] },
  },
  {
    files: ["src/server/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_APP, NO_COMPONENTS] }] },
  },
  {
    files: ["src/lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            NO_APP,
            NO_COMPONENTS,
            {
              group: ["@/server", "@/server/**"],
              message: "src/lib is shared by browser and server and depends on neither.",
            },
          ],
        },
      ],
    },
  },
  {
    // A context a test leaves open keeps its room connected through every later test of the worker.
    files: ["tests/e2e/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              importNames: ["test"],
              message:
                "Import `test` from tests/fixtures/e2e-test: it closes the contexts a test opens.",
            },
          ],
        },
      ],
    },
  },
);
