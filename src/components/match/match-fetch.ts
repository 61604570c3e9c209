import { MATCH_API, matchApiPath, type MatchAction, type MatchStatus } from "@/lib/match/match-api";

// The Meet page's calls to /api/match; a refusal throws, and the page says something went wrong.

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    // Every write is JSON, even an empty one: the proxy refuses other bodies (cross-site forms).
    headers: method === "GET" ? {} : { "content-type": "application/json" },
    body: method === "GET" ? null : JSON.stringify(body ?? {}),
    cache: "no-store",
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  return (await response.json()) as T;
}

export const fetchMatchStatus = () => send<MatchStatus>("GET", MATCH_API);
export const findSomeone = () => send<MatchStatus>("POST", MATCH_API);
export const stopLooking = () => send<unknown>("DELETE", MATCH_API);
export const saveOptIn = (topics: string[]) =>
  send<unknown>("PUT", `${MATCH_API}/opt-in`, { adult: true, topics });
export const matchAction = <T>(matchId: string, action: MatchAction, body?: unknown) =>
  send<T>("POST", matchApiPath(matchId, action), body ?? {});
