import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { AppError } from "@/server/errors";
import { isDatabaseUnavailable } from "@/server/http/database-unavailable";
import { logServerError, newErrorReference } from "@/server/http/log-server-error";
import { translateError, translateFieldErrors } from "@/server/i18n/translate-error";
import { appErrorFromPrisma } from "@/server/known-prisma-error";
import { RateLimitedError } from "@/server/rate-limit/rate-limited-error";

export type ErrorBody = {
  error: {
    code: string;
    message: string;
    fields?: Record<string, string[] | undefined>;
    /** On a 5xx: the reference of its one log line, for the person to quote. */
    reference?: string;
  };
};

/**
 * The one place an error becomes an HTTP answer, its message in the caller's language; unexpected
 * errors never reach the client. A 5xx is logged here, once, under a reference the answer carries
 * (the error is not thrown on, so Next's onRequestError never logs it a second time).
 * `route` names the request in that log line (`POST /api/rooms/…/token`).
 */
export function errorResponse(
  error: unknown,
  locale: Locale = DEFAULT_LOCALE,
  route = "(route handler)",
): NextResponse<ErrorBody> {
  if (error instanceof z.ZodError) {
    const fields = translateFieldErrors(locale, z.flattenError(error).fieldErrors);
    return NextResponse.json(
      { error: { code: "UNPROCESSABLE", message: describeFields(locale, fields), fields } },
      { status: 422 },
    );
  }
  if (error instanceof RateLimitedError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.userMessageIn(locale) } },
      { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds) } },
    );
  }
  const known = error instanceof AppError ? error : appErrorFromPrisma(error);
  if (known) {
    return NextResponse.json(
      { error: { code: known.code, message: known.userMessageIn(locale) } },
      { status: known.status },
    );
  }
  // PostgreSQL restarting or failing over: a moment's outage, not a bug; clients retry.
  const reference = newErrorReference();
  if (isDatabaseUnavailable(error)) {
    logServerError({ reference, route, error, withStack: false, level: "warn" });
    return NextResponse.json(
      {
        error: {
          code: "UNAVAILABLE",
          message: translateError(locale, "briefUnavailable"),
          reference,
        },
      },
      { status: 503, headers: { "Retry-After": "5" } },
    );
  }
  logServerError({ reference, route, error, withStack: true });
  return NextResponse.json(
    { error: { code: "INTERNAL", message: translateError(locale, "unexpected"), reference } },
    { status: 500 },
  );
}

function describeFields(locale: Locale, fields: Record<string, string[] | undefined>): string {
  const parts = Object.entries(fields).map(
    ([name, messages]) => `${name}: ${messages?.[0] ?? translateError(locale, "fieldInvalid")}`,
  );
  return parts.length
    ? translateError(locale, "fixFieldsList", { fields: parts.join("; ") })
    : translateError(locale, "requestInvalid");
}
