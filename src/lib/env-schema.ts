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
  LIVEKIT_API_KEY: z.string().min(1).default("devkey"),
  LIVEKIT_API_SECRET: z.string().min(1).default("secret"),
  INVITES_PER_MEMBER: z.coerce.number().int().min(0).max(1000).default(5),
  INVITE_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(14),
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
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    return blankAsUnset[name] === undefined ? `${name} is missing` : `${name} ${issue.message}`;
  });
  throw new EnvError(problems);
}
