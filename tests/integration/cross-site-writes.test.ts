import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { getEnv } from "@/env";
import { proxy } from "@/proxy";

// The proxy runs before every route handler in the deployed app; here it is called as Next.js
// calls it. A refusal is answered by the proxy itself, so no handler runs and nothing is written.

const appOrigin = () => new URL(getEnv().APP_URL).origin;

function write(path: string, headers: Record<string, string>, method = "POST") {
  return proxy(
    new NextRequest(new URL(path, getEnv().APP_URL), {
      method,
      headers,
      body: method === "GET" ? null : '{"on":true}',
    }),
  );
}

/** NextResponse.next() marks "carry on to the route" with this header. */
const passedOn = (response: Response) => response.headers.get("x-middleware-next") === "1";

describe("cross-site writes", () => {
  it("API writes refuse text/plain bodies and a foreign Origin", async () => {
    const paths = [
      "/api/rooms",
      "/api/rooms/0191a1c2-0000-7000-8000-000000000000/stage/hand",
      "/api/rooms/0191a1c2-0000-7000-8000-000000000000/chat",
    ];
    for (const path of paths) {
      for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
        const textPlain = write(
          path,
          { origin: appOrigin(), "content-type": "text/plain" },
          method,
        );
        expect(textPlain.status, `${method} ${path} text/plain`).toBe(415);
        expect(await textPlain.json()).toEqual({
          error: {
            code: "UNSUPPORTED_MEDIA_TYPE",
            message: "Send the request body as application/json.",
          },
        });
        expect(passedOn(textPlain)).toBe(false);
        const form = write(
          path,
          { origin: appOrigin(), "content-type": "application/x-www-form-urlencoded" },
          method,
        );
        expect(form.status).toBe(415);

        for (const origin of ["https://evil.example", "null", `${appOrigin()}.evil.example`]) {
          const foreign = write(path, { origin, "content-type": "application/json" }, method);
          expect(foreign.status, `${method} ${path} from ${origin}`).toBe(403);
          expect(await foreign.json()).toEqual({
            error: {
              code: "FORBIDDEN",
              message: "This request must come from Hearth's own pages.",
            },
          });
        }
        const noOrigin = write(path, { "content-type": "application/json" }, method);
        expect(noOrigin.status).toBe(403);

        const own = write(
          path,
          { origin: appOrigin(), "content-type": "application/json; charset=utf-8" },
          method,
        );
        expect(passedOn(own), `${method} ${path} from the app`).toBe(true);
      }
    }
    // Reads are not writes; LiveKit's signed webhook has no Origin and its own content type.
    expect(passedOn(write("/api/rooms", {}, "GET"))).toBe(true);
    expect(
      passedOn(
        write("/api/livekit/webhook", { "content-type": "application/webhook+json" }, "POST"),
      ),
    ).toBe(true);
    // next-auth posts form-encoded bodies (with its own CSRF token) but still only from the app.
    const signIn = "/api/auth/callback/credentials";
    const formHeaders = { "content-type": "application/x-www-form-urlencoded" };
    expect(passedOn(write(signIn, { ...formHeaders, origin: appOrigin() }))).toBe(true);
    expect(write(signIn, { ...formHeaders, origin: "https://evil.example" }).status).toBe(403);
  });

  it("pages get a fresh nonce-based policy and the other security headers", () => {
    const first = proxy(new NextRequest(new URL("/", getEnv().APP_URL)));
    const second = proxy(new NextRequest(new URL("/rooms/new", getEnv().APP_URL)));
    const policy = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.headers.get("content-security-policy")).not.toContain(`'nonce-${nonce}'`);
    expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(policy).toContain("frame-ancestors 'none'");
    const livekit = new URL(getEnv().LIVEKIT_URL);
    expect(policy).toContain(`connect-src 'self' ${livekit.protocol}//${livekit.host}`);
    expect(policy).not.toContain("unsafe-inline'; script");
    // Next.js reads the nonce from the request's policy to stamp its own scripts.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(first.headers.get("permissions-policy")).toContain("microphone=(self)");
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
