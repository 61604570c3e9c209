import { Room } from "@livekit/rtc-node";
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { getEnv } from "@/env";
import { mintToken } from "@/server/livekit/mint-token";
import { roomService } from "@/server/livekit/room-service";

const rooms: Room[] = [];
afterEach(async () => {
  await Promise.all(rooms.splice(0).map((room) => room.disconnect()));
});

describe("livekit-server", () => {
  it("livekit-server accepts a participant with a token minted by the app", async () => {
    const roomName = `test-${randomUUID()}`;
    const identity = randomUUID();
    const token = await mintToken({
      roomName,
      identity,
      displayName: "Listener Lee",
      role: "listener",
      sessionVersion: 0,
    });

    // livekit.yaml has room.auto_create off: only the app creates rooms.
    await roomService().createRoom({ name: roomName, emptyTimeout: 60 });
    const room = new Room();
    rooms.push(room);
    await room.connect(getEnv().LIVEKIT_URL, token, { autoSubscribe: true, dynacast: false });

    const participants = await roomService().listParticipants(roomName);
    expect(participants.map((p) => p.identity)).toEqual([identity]);
    const [me] = participants;
    expect(me?.name).toBe("Listener Lee");
    expect(me?.attributes.role).toBe("listener");
    expect(me?.permission?.canPublish).toBe(false);
    expect(me?.permission?.canPublishData).toBe(false);
    expect(me?.permission?.canSubscribe).toBe(true);
    expect(me?.permission?.canUpdateMetadata).toBe(false);
  });
});
