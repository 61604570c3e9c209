import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, proxyBypassProblems } from "@/lib/env-schema";
import { isPublicAddress, publicListeningAddresses } from "@/lib/network-address";

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
      ...PUSH_KEYS,
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
        HOSTNAME: "127.0.0.1",
        LIVEKIT_API_KEY: "devkey",
        LIVEKIT_API_SECRET: "secret",
      }),
    ).toEqual([]);
    expect(problemsOf({ ...real, NODE_ENV: "development", LIVEKIT_API_KEY: "devkey" })).toEqual([]);
  });

  it("production start-up needs a VAPID key pair for Web Push, both halves or neither", () => {
    const production = {
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://u:p@db.internal:5432/hearth",
      APP_URL: "https://hearth.example.org",
      AUTH_SECRET: "k7Qw9vXr2LmN4pZs8TfYb1HcJd6GeUa3",
      LIVEKIT_API_KEY: "APIm3Rk8sQ2wLx",
      LIVEKIT_API_SECRET: "Vd9eK2pQ7sXw4Lm8Rt1Yb6Hn3Jc5Gf0Za",
    };
    expect(problemsOf(production).map((p) => p.split(" ")[0])).toEqual(["VAPID_PUBLIC_KEY"]);
    expect(parseEnv({ ...production, ...PUSH_KEYS }).VAPID_PUBLIC_KEY).toBe(
      PUSH_KEYS.VAPID_PUBLIC_KEY,
    );
    expect(problemsOf({ ...production, APP_URL: "http://127.0.0.1:3000" })).toEqual([]);
    const half = {
      ...production,
      NODE_ENV: "development",
      VAPID_PUBLIC_KEY: PUSH_KEYS.VAPID_PUBLIC_KEY,
    };
    expect(problemsOf(half)).toEqual([
      "VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY must be set together",
    ]);
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

  it("a loopback APP_URL no longer waives the production secret checks for a server on every interface", () => {
    const localAddress = {
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://u:p@db.internal:5432/hearth",
      APP_URL: "http://localhost:3000",
      LIVEKIT_API_KEY: "devkey",
      LIVEKIT_API_SECRET: "secret",
    };
    // The Docker image listens on 0.0.0.0; an unset HOSTNAME is every interface too.
    for (const HOSTNAME of ["0.0.0.0", undefined, "::", "192.168.1.20"]) {
      const problems = problemsOf({
        ...localAddress,
        HOSTNAME,
        AUTH_SECRET: "abababababababababababababababab",
      });
      const secrets = problems.filter((p) => /^(AUTH|LIVEKIT)_/.test(p));
      expect(
        secrets.map((p) => p.split(" ")[0]),
        String(HOSTNAME),
      ).toEqual(["AUTH_SECRET", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET"]);
    }
    // Only a server that listens on loopback and says so in APP_URL keeps the exception.
    expect(
      problemsOf({ ...localAddress, HOSTNAME: "127.0.0.1", AUTH_SECRET: "x".repeat(32) }),
    ).toEqual([]);
  });

  it("start-up refuses TRUSTED_PROXY_HOPS > 0 when the app listens on a public interface", () => {
    const parsed = parseEnv({
      DATABASE_URL: "postgresql://u:p@db.internal:5432/hearth",
      APP_URL: "https://hearth.example.org",
      AUTH_SECRET: "k7Qw9vXr2LmN4pZs8TfYb1HcJd6GeUa3",
      TRUSTED_PROXY_HOPS: "1",
    });
    const production = { ...parsed, NODE_ENV: "production" as const };
    const vps = ["127.0.0.1", "::1", "93.184.216.34", "2606:2800:220:1::1"];
    const container = ["127.0.0.1", "172.18.0.5"];
    const lan = ["127.0.0.1", "192.168.1.20", "fe80::1"];
    // Every interface of a machine with a public address: the proxy can be skipped.
    expect(proxyBypassProblems({ ...production, HOSTNAME: "0.0.0.0" }, vps)).toHaveLength(1);
    expect(proxyBypassProblems({ ...production, HOSTNAME: undefined }, vps)[0]).toContain(
      "93.184.216.34, 2606:2800:220:1::1",
    );
    expect(proxyBypassProblems({ ...production, HOSTNAME: "93.184.216.34" }, vps)).toHaveLength(1);
    // Loopback, a container's bridge network, a private address: only the proxy reaches it.
    expect(proxyBypassProblems({ ...production, HOSTNAME: "127.0.0.1" }, vps)).toEqual([]);
    expect(proxyBypassProblems({ ...production, HOSTNAME: "0.0.0.0" }, container)).toEqual([]);
    expect(proxyBypassProblems({ ...production, HOSTNAME: "0.0.0.0" }, lan)).toEqual([]);
    // Nothing to bypass without trusted hops, and development is not checked.
    expect(
      proxyBypassProblems({ ...production, TRUSTED_PROXY_HOPS: 0, HOSTNAME: "0.0.0.0" }, vps),
    ).toEqual([]);
    expect(
      proxyBypassProblems({ ...production, NODE_ENV: "development", HOSTNAME: "0.0.0.0" }, vps),
    ).toEqual([]);
  });

  it("tells public addresses from private ones", () => {
    for (const address of ["8.8.8.8", "93.184.216.34", "2606:4700::1111", "::ffff:8.8.4.4"]) {
      expect(isPublicAddress(address), address).toBe(true);
    }
    const privateOnes = ["10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.0.1", "100.64.0.1"];
    const otherLocal = ["169.254.1.1", "127.0.0.1", "::1", "fd12:3456::1", "fe80::1", "192.0.2.2"];
    for (const address of [...privateOnes, ...otherLocal, "::ffff:10.0.0.1"]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    expect(publicListeningAddresses("localhost", ["8.8.8.8"])).toEqual([]);
    expect(publicListeningAddresses("[::]", ["8.8.8.8", "10.0.0.1"])).toEqual(["8.8.8.8"]);
  });
});

// A real pair from `web-push generate-vapid-keys`, for configuration checks only.
const PUSH_KEYS = {
  VAPID_PUBLIC_KEY:
    "BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U",
  VAPID_PRIVATE_KEY: "UUxI4O8-FbRouAevSmBQ6o18hgE4nSG3qwvJTfKc-ls",
};
