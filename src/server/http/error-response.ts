import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError } from "@/server/errors";
import { isDatabaseUnavailable } from "@/server/http/database-unavailable";
import { appErrorFromPrisma } from "@/server/known-prisma-error";
import { RateLimitedError } from "@/server/rate-limit/rate-limited-error";

export type ErrorBody = {
  error: { code: string; message: string; fields?: Record<string, string[] | undefined> };
};

/** The one place an error becomes an HTTP answer; unexpected errors never reach the client. */
export function errorResponse(error: unknown): NextResponse<ErrorBody> {
  if (error instanceof z.ZodError) {
    const { fieldErrors } = z.flattenError(error);
    const fields = fieldErrors as Record<string, string[] | undefined>;
    return NextResponse.json(
      { error: { code: "UNPROCESSABLE", message: describeFields(fields), fields } },
      { status: 422 },
    );
  }
  if (error instanceof RateLimitedError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.userMessage } },
      { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds) } },
    );
  }
  if (error instanceof AppError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.userMessage } },
      { status: error.status },
    );
  }
  const known = appErrorFromPrisma(error);
  if (known) {
    return NextResponse.json(
      { error: { code: known.code, message: known.userMessage } },
      { status: known.status },
    );
  }
  // PostgreSQL restarting or failing over: a moment's outage, not a bug; clients retry.
  if (isDatabaseUnavailable(error)) {
    console.warn("database unavailable", error instanceof Error ? error.message : error);
    return NextResponse.json(
      { error: { code: "UNAVAILABLE", message: "We're briefly unavailable. Please try again." } },
      { status: 503, headers: { "Retry-After": "5" } },
    );
  }
  console.error("unexpected error", error);
  return NextResponse.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } },
    { status: 500 },
  );
}

function describeFields(fields: Record<string, string[] | undefined>): string {
  const parts = Object.entries(fields).map(
    ([name, messages]) => `${name}: ${messages?.[0] ?? "invalid"}`,
  );
  return parts.length ? `Please fix: ${parts.join("; ")}` : "The request is not valid.";
}
