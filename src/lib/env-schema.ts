import { z } from "zod";
import { isLoopbackHost, publicListeningAddresses } from "@/lib/network-address";

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
  // Email (docs/email.md): any SMTP server, as smtp://user:pass@host:587 (STARTTLS when offered)
  // or smtps://…:465. Unset: no email; the features that need it say so or are hidden.
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  // The From of every email Hearth sends.
  SMTP_FROM: z.string().min(3).default("Hearth <hearth@localhost>"),
  // Web Push (docs/push.md): the VAPID key pair that signs pushes, base64url as web-push prints
  // it, and who push services may contact about them (mailto: or https:). The run command makes a
  // pair in .data/; without one, push is off. Required in production.
  VAPID_PUBLIC_KEY: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{87}$/,
      "must be a base64url P-256 public key (web-push generate-vapid-keys)",
    )
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{43}$/,
      "must be a base64url P-256 private key (web-push generate-vapid-keys)",
    )
    .optional(),
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:\/\/)/, "must start with mailto: or https://")
    .optional(),
  // The address Next.js's standalone server listens on (unset: every interface). Loopback means
  // only this machine, such as a proxy beside the app, can reach it.
  HOSTNAME: z.string().optional(),
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
  // `next build` evaluates modules to collect page data but serves nobody, and does not know where
  // the server will listen: these checks belong to the server's start (src/instrumentation.ts).
  if (source.NEXT_PHASE === "phase-production-build") return result.data;
  const insecure = [...developmentSecretsIn(result.data), ...missingPushKeysIn(result.data)];
  if (insecure.length > 0) throw new EnvError(insecure);
  return result.data;
}

// The values shipped in .env.example, docker-compose.yml and `livekit-server --dev`: public, so
// anyone could sign a session cookie or a LiveKit token (even one with roomAdmin) with them.
const DEV_LIVEKIT_KEYS = new Set(["devkey", "APIdevkey"]);
const DEV_LIVEKIT_SECRETS = new Set(["secret", "devsecret"]);
const PLACEHOLDER_SECRET = /change[-_ ]?me|placeholder|example|your[-_ ]?secret|^(.)\1+$/i;

// A random 32-character secret has far more; "abababab…" or "secretsecret…" do not.
const MIN_DISTINCT_SECRET_CHARACTERS = 10;

/**
 * Only this machine can reach the app: it listens on loopback (HOSTNAME, as the run command, the
 * test suite and the benchmarks start it) and says so in APP_URL. APP_URL alone proves nothing: it
 * is the default, and a server on every interface with APP_URL left at localhost is reachable.
 */
function isLocalOnly(env: Env): boolean {
  return isLoopback(env.APP_URL) && isLoopbackHost(env.HOSTNAME);
}

/**
 * In production, development secrets are refused by name. The one exception is an app only this
 * machine can reach (isLocalOnly), where nobody else could forge anything with them.
 */
function developmentSecretsIn(env: Env): string[] {
  if (env.NODE_ENV !== "production" || isLocalOnly(env)) return [];
  const problems: string[] = [];
  if (
    PLACEHOLDER_SECRET.test(env.AUTH_SECRET) ||
    new Set(env.AUTH_SECRET).size < MIN_DISTINCT_SECRET_CHARACTERS
  ) {
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

/**
 * Push needs both halves of the key pair or neither; production needs them (members who allowed
 * notifications would silently get none), except on loopback as for the secrets above.
 */
function missingPushKeysIn(env: Env): string[] {
  const halves = [env.VAPID_PUBLIC_KEY, env.VAPID_PRIVATE_KEY].filter(Boolean).length;
  if (halves === 1) return ["VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY must be set together"];
  if (halves === 2 || env.NODE_ENV !== "production" || isLoopback(env.APP_URL)) return [];
  return [
    "VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are missing; in production generate a pair (npx web-push generate-vapid-keys)",
  ];
}

function isLoopback(url: string): boolean {
  return isLoopbackHost(new URL(url).hostname);
}

/**
 * TRUSTED_PROXY_HOPS > 0 makes the app believe the last X-Forwarded-For entries, which is safe only
 * if every request comes through the proxy. A production server that also listens on a public
 * address can be reached around the proxy, with an X-Forwarded-For of the client's choosing, so
 * start-up refuses it. "Public" is read from where the server listens (HOSTNAME and, for every
 * interface, the machine's addresses), not from APP_URL: inside a container the interfaces are
 * the private bridge network, which only the proxy and the host's published ports reach
 * (docker-compose.yml publishes the app on 127.0.0.1 only).
 */
export function proxyBypassProblems(env: Env, interfaceAddresses: readonly string[]): string[] {
  if (env.NODE_ENV !== "production" || env.TRUSTED_PROXY_HOPS === 0) return [];
  const exposed = publicListeningAddresses(env.HOSTNAME, interfaceAddresses);
  if (exposed.length === 0) return [];
  return [
    `TRUSTED_PROXY_HOPS is ${env.TRUSTED_PROXY_HOPS} but the app listens on the public address ${exposed.join(", ")} (HOSTNAME=${env.HOSTNAME ?? "unset, every interface"}), where clients can skip the proxy and write their own X-Forwarded-For; listen only where the proxy reaches it (HOSTNAME=127.0.0.1 or a private address), or set TRUSTED_PROXY_HOPS=0`,
  ];
}
