import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { getEnv } from "@/env";
import { writeMediaType } from "@/lib/security/cross-site-write";
import { proxy } from "@/proxy";
import { ROUTES, type RouteEntry } from "../fixtures/app-surface";
import { freshWorld, type World } from "../fixtures/permission-world";
import { appOrigin } from "../support/api-request";
import { changedTables, fingerprint } from "../support/db-fingerprint";

// API routes run without the proxy (its matcher leaves /api/ out), so every write handler refuses a
// cross-site or non-JSON request itself, before it reads a cookie or a body. Each route of the
// app's registry is called as Next.js calls it; the database shows nothing was written.

const WEBHOOK = "/api/livekit/webhook";
const FORM_POSTED = "/api/auth/";

function call(route: RouteEntry, world: World, headers: Record<string, string>) {
  return route.load().then((handler) =>
    handler(
      new NextRequest(new URL(route.path(world), getEnv().APP_URL), {
        method: route.method,
        headers,
        body: JSON.stringify(route.body?.(world) ?? {}),
      }),
      { params: Promise.resolve(route.params(world)) },
    ),
  );
}

describe("cross-site writes", () => {
  it("API writes refuse text/plain bodies and a foreign Origin", async () => {
    const world = await freshWorld();
    const before = await fingerprint();
    const writes = ROUTES.filter((route) => route.method !== "GET");
    expect(writes.length).toBeGreaterThan(20);
    for (const route of writes) {
      const path = route.path(world);
      if (path === WEBHOOK) continue;
      for (const origin of ["https://evil.example", "null", `${appOrigin()}.evil.example`]) {
        const foreign = await call(route, world, { origin, "content-type": "application/json" });
        expect(foreign.status, `${route.name} from ${origin}`).toBe(403);
        expect(await foreign.json()).toEqual({
          error: { code: "FORBIDDEN", message: "This request must come from Hearth's own pages." },
        });
      }
      const noOrigin = await call(route, world, { "content-type": "application/json" });
      expect(noOrigin.status, `${route.name} without an Origin`).toBe(403);
      // next-auth posts form-encoded bodies (with its own CSRF token): only the Origin rule holds.
      if (path.startsWith(FORM_POSTED)) continue;
      for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
        const notJson = await call(route, world, { origin: appOrigin(), "content-type": type });
        expect(notJson.status, `${route.name} as ${type}`).toBe(415);
        expect(await notJson.json()).toEqual({
          error: {
            code: "UNSUPPORTED_MEDIA_TYPE",
            message: `Send the request body as ${writeMediaType(path)}.`,
          },
        });
      }
      // The profile photo is sent as its bytes: JSON is refused there like any other type.
      if (writeMediaType(path) !== "application/json") {
        const json = await call(route, world, {
          origin: appOrigin(),
          "content-type": "application/json",
        });
        expect(json.status, `${route.name} as JSON`).toBe(415);
      }
      // From the app itself the request gets past the check, to the session check.
      const own = await call(route, world, {
        origin: appOrigin(),
        "content-type": `${writeMediaType(path)}; charset=utf-8`,
      });
      expect(own.status, `${route.name} from the app, signed out`).toBe(401);
    }
    expect(changedTables(before, await fingerprint())).toEqual([]);

    // LiveKit's webhook has no Origin and its own content type; its signature is its proof.
    const webhook = ROUTES.find((route) => route.path(world) === WEBHOOK);
    if (!webhook) throw new Error("the registry lists no webhook route");
    const unsigned = await call(webhook, world, { "content-type": "application/webhook+json" });
    expect([403, 415]).not.toContain(unsigned.status);
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
