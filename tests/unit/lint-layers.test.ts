import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const resolvedConfigSchema = z.object({ rules: z.record(z.string(), z.unknown()) });

// Lints fixture source through the project's own eslint.config.mjs, as if it were saved at `path`.
// Not on disk: the type-aware rules then find no project for it, so only the layer rule is kept on.
async function layerErrors(path: string, source: string): Promise<string[]> {
  const resolved: unknown = await new ESLint().calculateConfigForFile(path);
  const { rules } = resolvedConfigSchema.parse(resolved);
  const eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false, project: null } },
      rules: Object.fromEntries(
        Object.keys(rules)
          .filter((rule) => rule !== "no-restricted-imports")
          .map((rule) => [rule, "off"]),
      ),
    },
  });
  const [result] = await eslint.lintText(source, { filePath: path });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe("layers the linter keeps", () => {
  it("lint refuses a component that imports from src/app", async () => {
    const errors = await layerErrors(
      "src/components/rooms/lint-fixture.tsx",
      'import { createRoomAction } from "@/app/rooms/new/actions";\nexport const a = createRoomAction;\n',
    );
    expect(errors).toEqual([expect.stringMatching(/^no-restricted-imports: .*src\/app/)]);

    // The same component is fine once the action comes in as a prop, and a type from src/server
    // is fine too; a value from src/server is not.
    expect(
      await layerErrors(
        "src/components/rooms/lint-fixture.tsx",
        'import type { FormAction } from "@/server/actions/action-result";\nexport type A = FormAction<unknown>;\n',
      ),
    ).toEqual([]);
    expect(
      await layerErrors(
        "src/components/rooms/lint-fixture.tsx",
        'import { db } from "@/server/db";\nexport const a = db;\n',
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*types, not values/)]);
    expect(
      await layerErrors(
        "src/server/rooms/lint-fixture.ts",
        'import { Hallway } from "@/components/hallway/hallway";\nexport const a = Hallway;\n',
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
  }, 60_000);
});
