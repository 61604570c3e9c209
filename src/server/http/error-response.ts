import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { AppError } from "@/server/errors";
import { isDatabaseUnavailable } from "@/server/http/database-unavailable";
import { translateError, translateFieldErrors } from "@/server/i18n/translate-error";
import { appErrorFromPrisma } from "@/server/known-prisma-error";
import { RateLimitedError } from "@/server/rate-limit/rate-limited-error";

export type ErrorBody = {
  error: { code: string; message: string; fields?: Record<string, string[] | undefined> };
};

/**
 * The one place an error becomes an HTTP answer, its message in the caller's language; unexpected
 * errors never reach the client.
 */
export function errorResponse(
  error: unknown,
  locale: Locale = DEFAULT_LOCALE,
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
  if (isDatabaseUnavailable(error)) {
    console.warn("database unavailable", error instanceof Error ? error.message : error);
    return NextResponse.json(
      { error: { code: "UNAVAILABLE", message: translateError(locale, "briefUnavailable") } },
      { status: 503, headers: { "Retry-After": "5" } },
    );
  }
  console.error("unexpected error", error);
  return NextResponse.json(
    { error: { code: "INTERNAL", message: translateError(locale, "unexpected") } },
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
