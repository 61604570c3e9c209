import { afterEach, describe, expect, it, vi } from "vitest";
import { requestRoom } from "@/components/room/request-room";
import { roomApiPath, stageApiPath } from "@/lib/live/room-api";

function answer(status: number, body: string) {
  return vi.fn(() => Promise.resolve(new Response(body, { status })));
}

afterEach(() => vi.unstubAllGlobals());

describe("requestRoom", () => {
  it("posts JSON to the path and hands back the answer", async () => {
    const fetch = answer(200, JSON.stringify({ ok: true }));
    vi.stubGlobal("fetch", fetch);
    const result = await requestRoom(roomApiPath("r1", "chat"), { body: { text: "hi" } });
    expect(result).toEqual({ ok: true, data: { ok: true } });
    expect(fetch).toHaveBeenCalledWith("/api/rooms/r1/chat", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "hi" }),
      signal: null,
    });
  });

  it("passes the server's reason through, and says null when it gave none", async () => {
    const reason = { error: { code: "CONFLICT", message: "They're already on stage." } };
    vi.stubGlobal("fetch", answer(409, JSON.stringify(reason)));
    expect(await requestRoom(stageApiPath("r1", "invite"))).toEqual({
      ok: false,
      status: 409,
      message: "They're already on stage.",
    });
    vi.stubGlobal("fetch", answer(502, "<html>Bad gateway</html>"));
    expect(await requestRoom(stageApiPath("r1", "log"), { method: "GET" })).toEqual({
      ok: false,
      status: 502,
      message: null,
    });
  });

  it("answers status 0 when Hearth cannot be reached, instead of throwing", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.reject(new TypeError("Failed to fetch"))),
    );
    expect(await requestRoom(roomApiPath("r1", "reactions"))).toEqual({
      ok: false,
      status: 0,
      message: null,
    });
  });
});
