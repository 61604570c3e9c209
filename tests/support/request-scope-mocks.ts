import type * as NextCache from "next/cache";
import type * as NextHeaders from "next/headers";
import { vi } from "vitest";

// Setup for the files that call every route and server action directly (the "surface" project).
// Server actions read the request through next/headers, which only works inside Next's request
// scope: it reads the test's request instead (see action-request.ts). The session itself is still
// checked on a real cookie, decoded by next-auth's JWT code and confirmed against the database.
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
