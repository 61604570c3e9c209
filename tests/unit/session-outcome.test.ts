import { DisconnectReason } from "livekit-client";
import { describe, expect, it } from "vitest";
import { endOf, MAX_SERVER_ERRORS, phaseAfter, refusal } from "@/components/room/session-outcome";

const failure = (status: number, message: string | null = null, reference?: string) => ({
  ok: false as const,
  status,
  message,
  ...(reference ? { reference } : {}),
});

describe("what a refused token request becomes", () => {
  it("says why the room cannot be entered, and never retries a 4xx", () => {
    expect(refusal(failure(409), 0, 0)).toEqual({ kind: "ended" });
    expect(refusal(failure(403, "Blocked."), 0, 0)).toEqual({
      kind: "refused",
      title: "forbiddenTitle",
      message: "Blocked.",
    });
    for (const status of [401, 404]) {
      expect(refusal(failure(status), 0, 0)).toMatchObject({ title: "unavailableTitle" });
    }
    expect(refusal(failure(400, "Bad."), 0, 0)).toEqual({
      kind: "refused",
      title: "joinRefusedTitle",
      message: "Bad.",
    });
  });

  it("retries an unreachable server, a 429 and a 503 without counting them as server errors", () => {
    for (const status of [0, 429, 503]) {
      expect(refusal(failure(status, "Wait."), 2, 2)).toEqual({
        kind: "disconnected",
        message: "Wait.",
        attempt: 2,
        serverErrors: 0,
      });
    }
  });

  it("stops retrying once the server has failed MAX_SERVER_ERRORS times in a row", () => {
    expect(refusal(failure(500), 1, MAX_SERVER_ERRORS - 2)).toMatchObject({
      kind: "disconnected",
      serverErrors: MAX_SERVER_ERRORS - 1,
    });
    expect(refusal(failure(500, "Oops.", "ref-1"), 2, MAX_SERVER_ERRORS - 1)).toEqual({
      kind: "failed",
      message: "Oops.",
      reference: "ref-1",
    });
  });
});

describe("what a closed connection becomes", () => {
  it("names LiveKit's reasons in the page's words", () => {
    const why = (reason?: DisconnectReason) => endOf(reason, DisconnectReason);
    expect(why(DisconnectReason.ROOM_DELETED)).toBe("ended");
    expect(why(DisconnectReason.ROOM_CLOSED)).toBe("ended");
    expect(why(DisconnectReason.DUPLICATE_IDENTITY)).toBe("replaced");
    expect(why(DisconnectReason.PARTICIPANT_REMOVED)).toBe("removed");
    expect(why(DisconnectReason.CLIENT_INITIATED)).toBe("left");
    expect(why(DisconnectReason.SIGNAL_CLOSE)).toBe("lost");
    expect(why(undefined)).toBe("lost");
  });

  it("turns each end into the phase the room page shows", () => {
    expect(phaseAfter("ended")).toEqual({ kind: "ended" });
    expect(phaseAfter("replaced")).toEqual({ kind: "replaced" });
    expect(phaseAfter("removed")).toEqual({
      kind: "refused",
      title: "removedTitle",
      message: null,
    });
    expect(phaseAfter("left")).toEqual({ kind: "left" });
    // A loss is retried from the start of a new run.
    expect(phaseAfter("lost")).toEqual({
      kind: "disconnected",
      message: null,
      attempt: 0,
      serverErrors: 0,
    });
  });
});
