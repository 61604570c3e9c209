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

  it("production start-up refuses development LiveKit keys and a placeholder AUTH_SECRET", () => {
    const production = {
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://u:p@db.internal:5432/hearth",
      APP_URL: "https://hearth.example.org",
      LIVEKIT_URL: "wss://livekit.example.org",
    };
    const problems = problemsOf({
      ...production,
      // docker-compose.yml's old default, and LiveKit's --dev pair (also the schema's defaults).
      AUTH_SECRET: "change-me-to-a-long-random-string-of-32-chars",
    });
    expect(problems).toEqual([
      "AUTH_SECRET is a placeholder; in production set a random value (openssl rand -base64 32)",
      "LIVEKIT_API_KEY is LiveKit's development key; in production use a generated key",
      "LIVEKIT_API_SECRET is LiveKit's development secret or shorter than 32 characters; in production use a generated secret",
    ]);
    expect(
      problemsOf({
        ...production,
        AUTH_SECRET: "q".repeat(40),
        LIVEKIT_API_KEY: "devkey",
        LIVEKIT_API_SECRET: "secret",
      }).map((p) => p.split(" ")[0]),
    ).toEqual(["AUTH_SECRET", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET"]);

    // Real secrets start; so do development ones when the app is served only to this machine.
    const real = {
      ...production,
      AUTH_SECRET: "k7Qw9vXr2LmN4pZs8TfYb1HcJd6GeUa3",
      LIVEKIT_API_KEY: "APIm3Rk8sQ2wLx",
      LIVEKIT_API_SECRET: "Vd9eK2pQ7sXw4Lm8Rt1Yb6Hn3Jc5Gf0Za",
    };
    expect(parseEnv(real).NODE_ENV).toBe("production");
    expect(
      problemsOf({
        ...real,
        APP_URL: "http://127.0.0.1:3000",
        LIVEKIT_API_KEY: "devkey",
        LIVEKIT_API_SECRET: "secret",
      }),
    ).toEqual([]);
    expect(problemsOf({ ...real, NODE_ENV: "development", LIVEKIT_API_KEY: "devkey" })).toEqual([]);
  });

  it("TRUSTED_PROXY_HOPS defaults to 0 and refuses nonsense", () => {
    const base = {
      DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/hearth",
      AUTH_SECRET: "z".repeat(32),
    };
    expect(parseEnv(base).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ ...base, TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(problemsOf({ ...base, TRUSTED_PROXY_HOPS: "-1" })[0]).toMatch(/^TRUSTED_PROXY_HOPS /);
  });
});
