import "server-only";

/**
 * A reference for one 5xx that the person can quote and the operator can grep: Next's own digest
 * for a failed render, or one of these for an answer the route wrapper made.
 */
export function newErrorReference(): string {
  // Web Crypto, so the instrumentation hook may load this file in either runtime.
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

type LogServerErrorOptions = {
  /** Next's digest, or newErrorReference(): the same string the person sees on screen. */
  reference: string;
  /** What was asked: `POST /api/rooms/…/token`, plus Next's route file when it knows it. */
  route: string;
  error: unknown;
  /** Print the stack too: false where Next has just printed it itself. */
  withStack: boolean;
  level?: "error" | "warn";
};

/**
 * The one log line of a server failure: `5xx <reference> <route>: <cause>`, so searching the logs
 * for the reference on the person's screen finds what failed, where, and why.
 */
export function logServerError({
  reference,
  route,
  error,
  withStack,
  level = "error",
}: LogServerErrorOptions): void {
  const line = `5xx ${reference} ${route}: ${describeCause(error)}`;
  const stack = withStack && error instanceof Error ? error.stack : undefined;
  console[level](stack ? `${line}\n${stack}` : line);
}

/** `Name: message`, then each `cause` behind it (Prisma and the pg adapter wrap the driver's). */
export function describeCause(error: unknown): string {
  const parts: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== undefined && current !== null && !seen.has(current) && parts.length < 5) {
    seen.add(current);
    if (current instanceof Error) {
      // Prisma's messages run over several lines: the log keeps one line per failure.
      parts.push(`${current.name}: ${current.message.replace(/\s+/g, " ").trim()}`);
      current = current.cause;
    } else {
      parts.push(typeof current === "string" ? current : describeValue(current));
      break;
    }
  }
  return parts.length ? parts.join(" ← caused by ") : "unknown";
}

function describeValue(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
