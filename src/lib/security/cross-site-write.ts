// Defence in depth against cross-site writes to the JSON API. SameSite cookies already keep most
// of them out; on top, every API write must be JSON (a cross-site <form> can only send
// form-encoded or text/plain bodies, and a cross-site fetch with a JSON content type needs a CORS
// preflight the app never grants) and must come from the app's own origin. Server actions are not
// API routes: Next.js itself refuses an action whose Origin does not match the Host.

export type WriteRefusal = { status: 403 | 415; code: string; message: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// LiveKit calls the webhook with its own content type and no Origin; a signature over the raw
// body is its proof. next-auth posts form-encoded bodies and checks its own CSRF token, so only
// the Origin rule applies to it.
const WEBHOOK_PATH = "/api/livekit/webhook";
const FORM_ENCODED_PATHS = ["/api/auth/"];
// The profile photo is sent as the file's own bytes (up to 5 MB; JSON would add a third). Like
// JSON, this type is not one a cross-site form can send, and a cross-site fetch needs a preflight.
const RAW_BYTES_PATHS = new Map([["/api/photos", "application/octet-stream"]]);

/** The media type an API write to `pathname` must carry. */
export function writeMediaType(pathname: string): string {
  return RAW_BYTES_PATHS.get(pathname) ?? "application/json";
}

export type WriteRequest = { method: string; pathname: string; headers: Headers };

/** Why this API request must be refused, or null when it may go on. */
export function refuseCrossSiteWrite(request: WriteRequest, appUrl: string): WriteRefusal | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  if (!request.pathname.startsWith("/api/") || request.pathname === WEBHOOK_PATH) return null;
  const origin = request.headers.get("origin");
  if (origin !== new URL(appUrl).origin) {
    return {
      status: 403,
      code: "FORBIDDEN",
      message: "This request must come from Hearth's own pages.",
    };
  }
  const formEncoded = FORM_ENCODED_PATHS.some((prefix) => request.pathname.startsWith(prefix));
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  const expected = writeMediaType(request.pathname);
  if (!formEncoded && mediaType !== expected) {
    return {
      status: 415,
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: `Send the request body as ${expected}.`,
    };
  }
  return null;
}
