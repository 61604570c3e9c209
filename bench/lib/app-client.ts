import { benchEnv } from "./env";

export type JoinAnswer = { serverUrl: string; token: string; role: string };

/** POST /api/rooms/<id>/token as the member whose session cookie this is, as the room page does. */
export async function requestJoinToken(roomId: string, cookie: string): Promise<JoinAnswer> {
  const response = await fetch(`${benchEnv.appUrl()}/api/rooms/${roomId}/token`, {
    method: "POST",
    // API writes must come from the app's own origin (src/proxy.ts), as the room page's do.
    headers: { cookie, "content-type": "application/json", origin: benchEnv.appUrl() },
  });
  if (!response.ok)
    throw new Error(`token request: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as JoinAnswer;
}

/** POST /api/rooms/<id>/stage/grant: publish rights for a member on stage, once in LiveKit. */
export async function requestStageRights(roomId: string, cookie: string): Promise<void> {
  const response = await fetch(`${benchEnv.appUrl()}/api/rooms/${roomId}/stage/grant`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", origin: benchEnv.appUrl() },
  });
  if (!response.ok) {
    throw new Error(`stage rights request: HTTP ${response.status} ${await response.text()}`);
  }
}

/** Polls until check() holds, or fails after timeoutMs. */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
