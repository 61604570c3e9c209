import { z } from "zod";

// Every setting Hearth reads, with the local defaults that let the run command work without a .env.
export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" }),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  APP_URL: z.url().default("http://localhost:3000"),
  LIVEKIT_URL: z
    .url({ protocol: /^wss?$/, error: "must be a ws:// or wss:// URL" })
    .default("ws://127.0.0.1:7880"),
  // Where the app's servers reach LiveKit's API, when that differs from the browsers' address (in
  // docker-compose, http://livekit:7880 on the bridge network). Unset: derived from LIVEKIT_URL.
  LIVEKIT_SERVER_URL: z
    .url({ protocol: /^(https?|wss?)$/, error: "must be an http(s):// or ws(s):// URL" })
    .optional(),
  LIVEKIT_API_KEY: z.string().min(1).default("devkey"),
  LIVEKIT_API_SECRET: z.string().min(1).default("secret"),
  INVITES_PER_MEMBER: z.coerce.number().int().min(0).max(1000).default(5),
  INVITE_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  // Replays: Egress writes each speaker's track here and the mixed replay lands beside them. With
  // S3 settings, both go to the bucket instead (Egress uploads; every app instance reads from it).
  REPLAY_STORAGE_DIR: z.string().min(1).default(".data/replays"),
  REPLAY_S3_BUCKET: z.string().min(1).optional(),
  REPLAY_S3_ENDPOINT: z.url().optional(),
  REPLAY_S3_REGION: z.string().min(1).default("us-east-1"),
  REPLAY_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  REPLAY_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  REPLAY_S3_FORCE_PATH_STYLE: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
  FFMPEG_PATH: z.string().min(1).default("ffmpeg"),
  // How often presence is repaired from LiveKit, once per interval across all app instances; 30 s
  // keeps a lost webhook's damage under a minute.
  PRESENCE_SWEEP_SECONDS: z.coerce.number().int().min(5).max(3600).default(30),
  // Reverse proxies in front of the app that each append the address they saw to X-Forwarded-For.
  // 0: the app is reached directly, and X-Forwarded-For (which any client can write) is ignored.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses a raw environment, naming every missing or malformed variable at once. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const blankAsUnset = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = envSchema.safeParse(blankAsUnset);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => {
        const name = issue.path.join(".");
        return blankAsUnset[name] === undefined ? `${name} is missing` : `${name} ${issue.message}`;
      }),
    );
  }
  const insecure = developmentSecretsIn(result.data);
  if (insecure.length > 0) throw new EnvError(insecure);
  return result.data;
}

// The values shipped in .env.example, docker-compose.yml and `livekit-server --dev`: public, so
// anyone could sign a session cookie or a LiveKit token (even one with roomAdmin) with them.
const DEV_LIVEKIT_KEYS = new Set(["devkey", "APIdevkey"]);
const DEV_LIVEKIT_SECRETS = new Set(["secret", "devsecret"]);
const PLACEHOLDER_SECRET = /change[-_ ]?me|placeholder|example|your[-_ ]?secret|^(.)\1+$/i;

/**
 * In production, development secrets are refused by name. The one exception is an app whose public
 * address is this machine (APP_URL on loopback: the run command, the test suite, the benchmarks),
 * which nobody else can reach to forge anything with them.
 */
function developmentSecretsIn(env: Env): string[] {
  if (env.NODE_ENV !== "production" || isLoopback(env.APP_URL)) return [];
  const problems: string[] = [];
  if (PLACEHOLDER_SECRET.test(env.AUTH_SECRET)) {
    problems.push(
      "AUTH_SECRET is a placeholder; in production set a random value (openssl rand -base64 32)",
    );
  }
  if (DEV_LIVEKIT_KEYS.has(env.LIVEKIT_API_KEY)) {
    problems.push(
      "LIVEKIT_API_KEY is LiveKit's development key; in production use a generated key",
    );
  }
  if (DEV_LIVEKIT_SECRETS.has(env.LIVEKIT_API_SECRET) || env.LIVEKIT_API_SECRET.length < 32) {
    problems.push(
      "LIVEKIT_API_SECRET is LiveKit's development secret or shorter than 32 characters; in production use a generated secret",
    );
  }
  return problems;
}

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
