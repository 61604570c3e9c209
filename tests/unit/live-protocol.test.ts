import { describe, expect, it } from "vitest";
import {
  attributesAgree,
  hasStageRole,
  participantAttributes,
  readParticipantAttributes,
} from "@/lib/live/attributes";
import { chatMessageSchema, decodeLiveMessage, encodeLiveMessage } from "@/lib/live/messages";
import { roomApiPath, stageApiPath } from "@/lib/live/room-api";
import { parseRoomMetadata } from "@/lib/live/room-metadata";
import { stageRoleOf } from "@/lib/live/roles";
import {
  decodeStageNotice,
  encodeStageNotice,
  isSpeakInviteLive,
  SPEAK_INVITE_TTL_MS,
} from "@/lib/live/stage-notices";

describe("the live-room protocol", () => {
  it("participant attributes read back what the server wrote", () => {
    const raisedAt = new Date("2026-11-26T13:00:00.000Z");
    const written = participantAttributes({
      role: stageRoleOf("SPEAKER"),
      handRaisedAt: raisedAt,
      followedBySpeakers: true,
      bio: "x".repeat(200),
      speakInvitedAt: raisedAt,
      speakInvitedBy: "Nora",
      photo: "k3Yq9x",
    });
    expect(readParticipantAttributes(written)).toEqual({
      role: "speaker",
      handRaisedAt: raisedAt.toISOString(),
      followedBySpeakers: true,
      bio: "x".repeat(80),
      username: "",
      speakInvitedAt: raisedAt.toISOString(),
      speakInvitedBy: "Nora",
      photo: "k3Yq9x",
    });
    expect(attributesAgree(written, { role: "speaker", handRaisedAt: raisedAt })).toBe(true);
    expect(attributesAgree(written, { role: "listener" })).toBe(false);
  });

  it("the same attributes read as the same answer, and a raised hand reads anew", () => {
    const listening = { role: "listener", username: "nora" };
    const first = readParticipantAttributes({ ...listening });
    // LiveKit hands out a new copy on every read: the answer stays the same object.
    expect(readParticipantAttributes({ ...listening })).toBe(first);
    const raised = readParticipantAttributes({
      ...listening,
      handRaisedAt: "2026-12-07T05:00:00.000Z",
    });
    expect(raised).not.toBe(first);
    expect(raised.handRaisedAt).toBe("2026-12-07T05:00:00.000Z");
    expect(first.handRaisedAt).toBe("");
  });

  it("missing or forged attributes read as a plain listener with no hand up", () => {
    expect(
      readParticipantAttributes({ role: "admin", handRaisedAt: "soon", speakInvitedAt: "now" }),
    ).toEqual({
      role: "listener",
      handRaisedAt: "",
      followedBySpeakers: false,
      bio: "",
      username: "",
      speakInvitedAt: "",
      speakInvitedBy: "",
      photo: "",
    });
    expect(attributesAgree({}, { handRaisedAt: null })).toBe(true);
    // A removed photo is written as "" (LiveKit deletes the attribute), read as no photo.
    expect(participantAttributes({ photo: null })).toEqual({ photo: "" });
    expect(hasStageRole({})).toBe(false);
    expect(hasStageRole(participantAttributes({ role: "listener" }))).toBe(true);
  });

  it("stage notices survive the trip, and an invitation stands for its time-out only", () => {
    const notice = {
      type: "stage" as const,
      id: "0b8a3c1e-5f7d-4e4b-9a51-1d2f3c4b5a69",
      kind: "muted" as const,
      actorId: "u1",
      actorName: "Nora",
      sentAt: 1,
    };
    expect(decodeStageNotice(encodeStageNotice(notice))).toEqual(notice);
    expect(decodeStageNotice(encodeStageNotice({ ...notice, kind: "promoted" as "muted" }))).toBe(
      null,
    );
    const invitedAt = new Date("2026-11-26T13:00:00.000Z");
    const after = (ms: number) => new Date(invitedAt.getTime() + ms);
    expect(isSpeakInviteLive(invitedAt, after(SPEAK_INVITE_TTL_MS))).toBe(true);
    expect(isSpeakInviteLive(invitedAt, after(SPEAK_INVITE_TTL_MS + 1))).toBe(false);
    expect(isSpeakInviteLive(null, invitedAt)).toBe(false);
  });

  it("data messages and room metadata survive the trip and reject anything else", () => {
    const chat = {
      type: "chat" as const,
      id: "0b8a3c1e-5f7d-4e4b-9a51-1d2f3c4b5a69",
      text: "hello",
      senderId: "u1",
      senderName: "Lee",
      senderUsername: "lee",
      sentAt: 1,
    };
    expect(decodeLiveMessage(chatMessageSchema, encodeLiveMessage(chat))).toEqual(chat);
    expect(decodeLiveMessage(chatMessageSchema, new TextEncoder().encode("{"))).toBeNull();
    expect(parseRoomMetadata('{"handRaisingOn":false}')).toEqual({ handRaisingOn: false });
    expect(parseRoomMetadata("nonsense")).toEqual({ handRaisingOn: true });
    expect(roomApiPath("r1", "token")).toBe("/api/rooms/r1/token");
    expect(stageApiPath("r1", "hand-raising")).toBe("/api/rooms/r1/stage/hand-raising");
  });
});
