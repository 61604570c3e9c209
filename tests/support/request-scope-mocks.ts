import type * as NextAuth from "next-auth";
import type * as NextCache from "next/cache";
import type * as NextHeaders from "next/headers";
import { vi } from "vitest";

// Setup for the files that call every route and server action directly (the "surface" project).
// Server actions read the request through next/headers and next-auth's getServerSession, which
// only work inside Next's request scope: both read the test's request instead (see
// action-request.ts). The session itself is still checked by next-auth and our callbacks on a real
// cookie.
vi.mock("next/headers", async (importOriginal) => {
  const { currentCookies, currentHeaders } = await import("./action-request");
  return {
    ...(await importOriginal<typeof NextHeaders>()),
    headers: currentHeaders,
    cookies: currentCookies,
  };
});
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof NextCache>()),
  // Re-rendering the page that posted the form has no meaning without a browser.
  refresh: () => undefined,
}));
vi.mock("next-auth", async (importOriginal) => {
  const actual = await importOriginal<typeof NextAuth>();
  const { sessionFromCurrentRequest } = await import("./action-request");
  return { ...actual, getServerSession: sessionFromCurrentRequest(actual.getServerSession) };
});
