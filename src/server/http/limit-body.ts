import "server-only";
import { NextRequest, NextResponse } from "next/server";

/**
 * Body limits of the endpoints anyone may call before proving who they are. Each is far above what
 * its honest caller sends, and far below what would cost the server anything to read.
 */
export const PUBLIC_BODY_LIMITS = {
  /** next-auth's forms: identifier, password (≤ 256), CSRF token, callback URL. */
  signIn: 16 * 1024,
  /** LiveKit's signed events: a room, a participant or an egress with its file list, as JSON. */
  webhook: 256 * 1024,
} as const;

export type LimitedBody =
  { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; response: Response };

function tooLarge(limit: number): { ok: false; response: Response } {
  return {
    ok: false,
    response: NextResponse.json(
      {
        error: {
          code: "PAYLOAD_TOO_LARGE",
          message: `The request body is larger than ${limit} bytes.`,
        },
      },
      // The connection may still be sending the rest: ask the client not to reuse it.
      { status: 413, headers: { Connection: "close" } },
    ),
  };
}

/** Whether a declared Content-Length is over the limit (or not a length at all). */
function declaresTooMuch(request: Request, limit: number): boolean {
  const declared = request.headers.get("content-length");
  if (declared === null) return false;
  if (!/^\d+$/.test(declared.trim())) return true;
  return Number(declared) > limit;
}

/**
 * The request's body, read only as far as `limit` bytes: a Content-Length over the limit is refused
 * before a byte is read, and a body without one (chunked) is read chunk by chunk and abandoned (its
 * stream cancelled) as soon as it passes the limit. Either way the answer is a 413.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<LimitedBody> {
  if (declaresTooMuch(request, limit)) return tooLarge(limit);
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/**
 * The same request with its body read (within `limit`) and held in memory, so that handlers that
 * read it, perhaps twice (the sign-in throttle peeks at the form, then next-auth reads it), pull
 * at most `limit` bytes from the network.
 */
export async function bufferLimitedRequest(
  request: NextRequest,
  limit: number,
): Promise<{ ok: true; request: NextRequest } | { ok: false; response: Response }> {
  const body = await readLimitedBody(request, limit);
  if (!body.ok) return body;
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return {
    ok: true,
    request: new NextRequest(request.url, {
      method: request.method,
      headers: request.headers,
      body: hasBody ? body.bytes : undefined,
    }),
  };
}
