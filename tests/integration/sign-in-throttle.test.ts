import { randomInt } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { createTestUser, type TestUser } from "../fixtures/users";
import { appOrigin } from "../support/api-request";

// Behind one trusted proxy: the configuration is read once, so it is set before the app loads.
process.env.TRUSTED_PROXY_HOPS = "1";
const { db } = await import("@/server/db");
const { authenticate, secondsUntilSignInAllowed, WRONG_CREDENTIALS } =
  await import("@/server/auth/authenticate");
const { clientIp, PEER_ADDRESS_HEADER } = await import("@/server/rate-limit/client-ip");
const { POST } = await import("@/app/api/auth/[...nextauth]/route");

const PROXY = "10.0.0.2";

/** What the app receives: the client's own X-Forwarded-For, the proxy's entry, the TCP peer. */
function headersFrom(clientAddress: string, spoofed: string | null): Headers {
  const forwarded = spoofed ? `${spoofed}, ${clientAddress}` : clientAddress;
  return new Headers({ "x-forwarded-for": forwarded, [PEER_ADDRESS_HEADER]: PROXY });
}

const randomAddress = () => `198.18.${randomInt(256)}.${randomInt(256)}`;

function signInRequest(identifier: string, password: string, headers: Headers) {
  headers.set("content-type", "application/x-www-form-urlencoded");
  headers.set("origin", appOrigin());
  return new NextRequest("http://127.0.0.1/api/auth/callback/credentials", {
    method: "POST",
    headers,
    body: new URLSearchParams({ identifier, password }),
  });
}

async function postSignIn(identifier: string, password: string, headers: Headers) {
  const response = await POST(signInRequest(identifier, password, headers), {
    params: Promise.resolve({ nextauth: ["callback", "credentials"] }),
  });
  return response.status;
}

async function failFiveTimes(user: TestUser, identifier: string, clientAddress: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    // A different X-Forwarded-For of its own every time: it must not buy a fresh budget.
    const ip = clientIp(headersFrom(clientAddress, randomAddress()));
    await expect(authenticate({ identifier, password: "wrong", ip })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      userMessage: WRONG_CREDENTIALS,
    });
  }
  return user;
}

describe("sign-in throttles", () => {
  it("sign-in throttle keys on the proxy-appended address even when the client sends its own X-Forwarded-For", async () => {
    const user = await createTestUser(db);
    const clientAddress = "203.0.113.50";
    expect(clientIp(headersFrom(clientAddress, "1.2.3.4, 5.6.7.8"))).toBe(clientAddress);
    expect(clientIp(headersFrom(clientAddress, null))).toBe(clientAddress);
    // A client-sent copy of the server's own peer header never survives the server: it is
    // overwritten on every request, so here it is what the server wrote.
    expect(clientIp(new Headers({ "x-forwarded-for": "9.9.9.9" }))).toBe("unknown");

    await failFiveTimes(user, user.email, clientAddress);
    const counted = await db.authThrottle.findMany({
      where: { key: { contains: clientAddress } },
      select: { key: true, failures: true },
      orderBy: { key: "asc" },
    });
    expect(counted).toEqual([
      { key: `signin:ip:${clientAddress}`, failures: 5 },
      { key: `signin:pair:${clientAddress} ${user.email}`, failures: 5 },
    ]);
    expect(
      await db.authThrottle.count({ where: { key: { startsWith: "signin:ip:198.18." } } }),
    ).toBe(0);

    // Even the right password waits, whatever the client writes into X-Forwarded-For.
    const status = await postSignIn(
      user.email,
      user.password,
      headersFrom(clientAddress, randomAddress()),
    );
    expect(status).toBe(429);
    // From another address (a different proxy-appended entry) the same person is not locked out.
    await expect(
      authenticate({
        identifier: user.email,
        password: user.password,
        ip: clientIp(headersFrom("203.0.113.51", clientAddress)),
      }),
    ).resolves.toMatchObject({ id: user.id });
  });

  it("locking one identifier does not change the answer for an unrelated identifier", async () => {
    const user = await createTestUser(db);
    const stranger = await createTestUser(db);
    const clientAddress = "203.0.113.60";
    const headers = () => headersFrom(clientAddress, null);
    await failFiveTimes(user, user.email, clientAddress);
    expect(await postSignIn(user.email, "wrong", headers())).toBe(429);

    // The same account's username, an unrelated member and an unknown name: all still get the
    // ordinary answer from this same address, so a 429 links no two identifiers to one account.
    for (const identifier of [user.username, stranger.email, "nobody_at_all"]) {
      await expect(
        authenticate({ identifier, password: "wrong", ip: clientIp(headers()) }),
      ).rejects.toMatchObject({ code: "UNAUTHORIZED", userMessage: WRONG_CREDENTIALS });
    }
    await expect(
      authenticate({ identifier: user.username, password: user.password, ip: clientIp(headers()) }),
    ).resolves.toMatchObject({ id: user.id });
    expect(await secondsUntilSignInAllowed(stranger.username, clientIp(headers()))).toBe(0);
  });
});
