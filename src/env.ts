import { parseEnv, type Env } from "@/lib/env-schema";

let cached: Env | undefined;

/**
 * The validated configuration. The only reader of process.env; parsed on first use (so `next build`
 * needs no secrets) and at server start by src/instrumentation.ts, which fails fast on bad settings.
 */
export function getEnv(): Env {
  if (cached) return cached;
  cached = parseEnv(process.env);
  // next-auth v4 reads NEXTAUTH_URL itself; deriving it keeps APP_URL the one setting for it.
  process.env.NEXTAUTH_URL ??= cached.APP_URL;
  return cached;
}

/** Which Next.js runtime is evaluating this code ("nodejs" or "edge"); set by Next.js, not by people. */
export function nextRuntime(): string | undefined {
  return process.env.NEXT_RUNTIME;
}
