import "server-only";
import { AppError } from "@/server/errors";

/**
 * A refusal that says how long to wait: the HTTP adapter turns `retryAfterSeconds` into the
 * `Retry-After` header, so every 429 (sign-in, invite codes, chat, reactions) carries one.
 */
export class RateLimitedError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    options: { message?: string; userMessage?: string } = {},
  ) {
    super("RATE_LIMITED", {
      message: options.message,
      userMessage:
        options.userMessage ?? `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
    });
  }
}
