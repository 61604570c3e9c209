import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env-schema";

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("env validation names every missing variable", () => {
    const problems = problemsOf({});
    expect(problems).toEqual(
      expect.arrayContaining(["DATABASE_URL is missing", "AUTH_SECRET is missing"]),
    );
    expect(problems).toHaveLength(2);
  });

  it("names malformed variables with what is wrong", () => {
    const problems = problemsOf({
      DATABASE_URL: "mysql://x",
      AUTH_SECRET: "short",
      LIVEKIT_URL: "http://example",
      INVITES_PER_MEMBER: "many",
    });
    expect(problems.map((p) => p.split(" ")[0])).toEqual(
      expect.arrayContaining(["DATABASE_URL", "AUTH_SECRET", "LIVEKIT_URL", "INVITES_PER_MEMBER"]),
    );
    expect(problems.join("\n")).toContain("AUTH_SECRET must be at least 32 characters");
  });

  it("treats blank values as unset and fills local defaults", () => {
    const env = parseEnv({
      DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/hearth",
      AUTH_SECRET: "x".repeat(32),
      LIVEKIT_URL: "",
    });
    expect(env.LIVEKIT_URL).toBe("ws://127.0.0.1:7880");
    expect(env.INVITES_PER_MEMBER).toBe(5);
  });
});
