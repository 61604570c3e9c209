import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { ACCOUNT_DISABLED, authenticate, WRONG_CREDENTIALS } from "@/server/auth/authenticate";
import { RateLimitedError } from "@/server/rate-limit/rate-limited-error";
import { ACCOUNT_DISABLED_CODE } from "@/lib/validations/auth";
import { authOptions } from "@/server/auth/auth-options";
import { requireCallerOf } from "@/server/auth/get-caller";
import { db } from "@/server/db";
import { setAccountDisabled } from "@/server/users/set-account-disabled";
import { POST } from "@/app/api/auth/[...nextauth]/route";
import { sessionCookie } from "../fixtures/session-cookie";
import { createTestUser, type TestUser } from "../fixtures/users";
import { fromTheApp } from "../support/api-request";

/** Who a request carrying this member's session cookie is, as every route handler sees it. */
async function callerWithSession(user: { id: string }, sessionVersion = 0) {
  const request = new NextRequest("http://127.0.0.1/api/anything", {
    headers: { cookie: await sessionCookie(user.id, sessionVersion) },
  });
  return requireCallerOf(request).catch((error: unknown) => error);
}

/** The credentials provider's own authorize(), as next-auth calls it for a sign-in. */
function credentialsAuthorize() {
  const [provider] = authOptions().providers;
  // next-auth keeps the options passed to CredentialsProvider(...) on `options`; its types do not.
  const options = (provider as unknown as { options: { authorize: Authorize } }).options;
  return options.authorize;
}
type Authorize = (
  credentials: Record<string, string>,
  request: { headers: Record<string, string> },
) => Promise<unknown>;

function signInRequest(user: TestUser, ip: string) {
  return new NextRequest("http://127.0.0.1/api/auth/callback/credentials", {
    method: "POST",
    // The server stamps the TCP peer's address on every request (src/server/http/peer-address.ts).
    headers: fromTheApp({
      "content-type": "application/x-www-form-urlencoded",
      "x-hearth-peer-address": ip,
    }),
    body: new URLSearchParams({ identifier: user.email, password: user.password }),
  });
}

describe("sign-in back-off and sessions", () => {
  it("repeated wrong passwords are slowed down with 429", async () => {
    const user = await createTestUser(db);
    const ip = "203.0.113.7";
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(
        authenticate({ identifier: user.email, password: "wrong", ip }),
      ).rejects.toMatchObject({ userMessage: WRONG_CREDENTIALS });
    }
    // Even the right password must wait now, so guessing cannot simply continue.
    const locked = authenticate({
      identifier: user.email.toUpperCase(),
      password: user.password,
      ip,
    });
    await expect(locked).rejects.toBeInstanceOf(RateLimitedError);

    const response = await POST(signInRequest(user, ip), {
      params: Promise.resolve({ nextauth: ["callback", "credentials"] }),
    });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15);

    // Another member on the same network is not locked out by someone else's failures.
    const neighbour = await createTestUser(db);
    await expect(
      authenticate({ identifier: neighbour.email, password: neighbour.password, ip }),
    ).resolves.toMatchObject({ id: neighbour.id });
  });

  it("answers an unknown account exactly like a wrong password", async () => {
    await expect(
      authenticate({ identifier: "nobody-here@example.test", password: "x", ip: "198.51.100.1" }),
    ).rejects.toMatchObject({ userMessage: WRONG_CREDENTIALS });
  });

  it("a disabled account is signed out on its next request", async () => {
    const admin = await createTestUser(db, { role: "ADMIN" });
    const member = await createTestUser(db);
    expect(await callerWithSession(member)).toMatchObject({ id: member.id });

    await setAccountDisabled({ actorId: admin.id, userId: member.id, disabled: true });

    expect(await callerWithSession(member)).toMatchObject({ code: "UNAUTHORIZED" });
    await expect(
      authenticate({ identifier: member.email, password: member.password, ip: "198.51.100.2" }),
    ).rejects.toMatchObject({ userMessage: ACCOUNT_DISABLED });

    // Re-enabling lets them sign in again, but the old session stays ended.
    await setAccountDisabled({ actorId: admin.id, userId: member.id, disabled: false });
    expect(await callerWithSession(member, 0)).toMatchObject({ code: "UNAUTHORIZED" });
    expect(await callerWithSession(member, 1)).toMatchObject({ id: member.id });
  });

  it("a disabled account is told so at sign-in, but only with the right password", async () => {
    const admin = await createTestUser(db, { role: "ADMIN" });
    const member = await createTestUser(db);
    await setAccountDisabled({ actorId: admin.id, userId: member.id, disabled: true });
    const ip = "198.51.100.3";

    // A wrong password reads exactly as for any account: nothing about the account leaks.
    await expect(
      authenticate({ identifier: member.email, password: "not-the-password", ip }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED", userMessage: WRONG_CREDENTIALS });
    await expect(
      authenticate({ identifier: member.username, password: member.password, ip }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", userMessage: ACCOUNT_DISABLED });

    // Through next-auth's authorize, the form is handed the code it words as "This account is
    // disabled"; a wrong password stays a plain refusal (null).
    const authorize = credentialsAuthorize();
    const request = { headers: { "x-hearth-peer-address": ip } };
    await expect(
      authorize({ identifier: member.email, password: member.password }, request),
    ).rejects.toThrow(ACCOUNT_DISABLED_CODE);
    await expect(authorize({ identifier: member.email, password: "nope" }, request)).resolves.toBe(
      null,
    );
  });

  it("only admins disable accounts", async () => {
    const member = await createTestUser(db);
    const other = await createTestUser(db);
    await expect(
      setAccountDisabled({ actorId: member.id, userId: other.id, disabled: true }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const after = await db.user.findUniqueOrThrow({
      where: { id: other.id },
      select: { disabledAt: true },
    });
    expect(after.disabledAt).toBeNull();
  });
});
