import "server-only";
import type { ErrorKey } from "@/lib/error-key";
import { AppError } from "@/server/errors";

/**
 * A refusal that says how long to wait: the HTTP adapter turns `retryAfterSeconds` into the
 * `Retry-After` header, so every 429 (sign-in, invite codes, chat, reactions) carries one.
 */
export class RateLimitedError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    /** `key` is an `errors` message that takes the wait as {seconds}. */
    options: { message?: string; key?: ErrorKey } = {},
  ) {
    super("RATE_LIMITED", {
      message: options.message,
      key: options.key ?? "tooManyAttempts",
      values: { seconds: retryAfterSeconds },
    });
  }
}
