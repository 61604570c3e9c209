import { expect, test, type Page, type Response } from "../fixtures/e2e-test";
import { signIn } from "../fixtures/e2e-auth";
import { e2eDb } from "../fixtures/e2e-db";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";
import { unmuteHost } from "../fixtures/e2e-host";

// The proxy gives every page a fresh nonce-based policy; this proves a browser runs the real pages
// under it without a single blocked script, style or connection, signed out and in, room included.

/** Collects every CSP violation the page reports, from the first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (event) => {
      // A library probing whether eval works (and falling back when it does not) is the policy
      // doing its job; the journey below completing proves nothing the page needs was blocked.
      if (event.blockedURI === "eval") return;
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

function nonceOf(response: Response | null): string {
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("frame-ancestors 'none'");
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, `no nonce in ${policy}`).toBeTruthy();
  return nonce ?? "";
}

/**
 * Every script the server wrote into the page carries this response's nonce (Next.js stamps its
 * own); chunks those scripts load later need none, as 'strict-dynamic' trusts what they add.
 */
async function expectScriptsCarry(response: Response | null, nonce: string) {
  const html = (await response?.text()) ?? "";
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
}

test("every page is served with a nonce-based Content-Security-Policy", async ({ page }) => {
  const violations = await recordViolations(page);
  const host = await createTestUser(e2eDb);
  const room = await createLiveRoom(e2eDb, { hostId: host.id, title: "Policy check" });

  const home = await page.goto("/");
  const first = nonceOf(home);
  await expectScriptsCarry(home, first);
  const signInPage = await page.goto("/sign-in");
  const again = nonceOf(signInPage);
  expect(again).not.toBe(first);
  await expectScriptsCarry(signInPage, again);

  await signIn(page, host);
  const hallway = await page.goto("/");
  await expectScriptsCarry(hallway, nonceOf(hallway));

  const roomPage = await page.goto(`/rooms/${room.id}`);
  const roomNonce = nonceOf(roomPage);
  await unmuteHost(page);
  await expectScriptsCarry(roomPage, roomNonce);
  expect(await violations()).toEqual([]);
});

// API routes skip the proxy: their headers come from next.config.ts and their writes are refused by
// the handlers. This asks the running server, where Next.js itself decides what runs.
test("API responses let nothing run, and a cross-site write is refused", async ({ page }) => {
  const health = await page.request.get("/api/health");
  expect(health.status()).toBe(200);
  const headers = health.headers();
  expect(headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("microphone=(self)");

  const host = await createTestUser(e2eDb);
  await signIn(page, host);
  const room = await createLiveRoom(e2eDb, { hostId: host.id, title: "Cross-site check" });
  const forged = await page.request.post(`/api/rooms/${room.id}/stage/hand`, {
    headers: { origin: "https://evil.example", "content-type": "application/json" },
    data: { raised: true },
  });
  expect(forged.status()).toBe(403);
  expect(forged.headers()["content-security-policy"]).toBe(
    "default-src 'none'; frame-ancestors 'none'",
  );
  expect(await forged.json()).toEqual({
    error: { code: "FORBIDDEN", message: "This request must come from Hearth's own pages." },
  });
});
