import "server-only";
import type { Locale } from "@/i18n/locales";
import type { ErrorKey, ErrorValues } from "@/lib/error-key";
import { translateError } from "@/server/i18n/translate-error";

export const errorStatus = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
} as const;

export type AppErrorCode = keyof typeof errorStatus;

/**
 * What people are told: a key of the `errors` catalogue (with its values), told in the member's
 * language by the HTTP and action adapters; or, for messages nobody reads (a webhook, a race that
 * is retried), plain English.
 */
export type UserMessage = { key: ErrorKey; values?: ErrorValues } | { userMessage: string };

export type AppErrorOptions = UserMessage & { message?: string; field?: string };

/** A failure a use case expects; `message` is for logs, `userMessage` is safe to show people. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  /** In English (logs and tests); `userMessageIn` tells it in another language. */
  readonly userMessage: string;
  readonly messageKey: ErrorKey | undefined;
  readonly messageValues: ErrorValues | undefined;
  /** The form field the error is about, when there is one (shown next to that field). */
  readonly field: string | undefined;

  constructor(code: AppErrorCode, options: AppErrorOptions) {
    const userMessage =
      "key" in options ? translateError("en", options.key, options.values) : options.userMessage;
    super(options.message ?? userMessage);
    this.name = "AppError";
    this.code = code;
    this.userMessage = userMessage;
    this.messageKey = "key" in options ? options.key : undefined;
    this.messageValues = "key" in options ? options.values : undefined;
    this.field = options.field;
  }

  userMessageIn(locale: Locale): string {
    return this.messageKey
      ? translateError(locale, this.messageKey, this.messageValues)
      : this.userMessage;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}
