import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { untilHeard, type HeardRoom } from "@/components/room/until-heard";

// A room and its tracks as livekit-client's emit them: events on the room, playback on the track.
class FakeTrack extends EventEmitter {
  attachedElements: { paused: boolean }[] = [];
}
type FakePublication = { isDesired: boolean; track?: FakeTrack };

function fakeRoom(publications: FakePublication[]) {
  const emitter = new EventEmitter();
  const room = Object.assign(emitter, {
    remoteParticipants: new Map([
      ["host", { audioTrackPublications: new Map(publications.map((p, i) => [`TR_${i}`, p])) }],
    ]),
  });
  return room as typeof room & HeardRoom;
}

async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe("entering from a link waits until the room is heard", () => {
  it("does not wait when nobody on stage publishes audio it asked for", async () => {
    expect(await settled(untilHeard(fakeRoom([])))).toBe(true);
    expect(await settled(untilHeard(fakeRoom([{ isDesired: false }])))).toBe(true);
  });

  it("waits for the stage's audio to be subscribed and then to play", async () => {
    const publication: FakePublication = { isDesired: true };
    const room = fakeRoom([publication]);
    const heard = untilHeard(room);
    expect(await settled(heard)).toBe(false);

    const track = new FakeTrack();
    room.emit("trackSubscribed", track, { isDesired: true });
    expect(await settled(heard)).toBe(false);
    room.emit("trackSubscribed", track, publication);
    expect(await settled(heard)).toBe(false);
    track.emit("audioPlaybackStarted");
    expect(await settled(heard)).toBe(true);
  });

  it("settles at once for audio already playing, and when playback is refused or the room drops", async () => {
    const playing = new FakeTrack();
    playing.attachedElements.push({ paused: false });
    expect(await settled(untilHeard(fakeRoom([{ isDesired: true, track: playing }])))).toBe(true);

    const refused = new FakeTrack();
    const room = fakeRoom([{ isDesired: true, track: refused }]);
    const heard = untilHeard(room);
    refused.emit("audioPlaybackFailed");
    expect(await settled(heard)).toBe(true);

    const dropped = fakeRoom([{ isDesired: true }]);
    const lost = untilHeard(dropped);
    dropped.emit("disconnected");
    expect(await settled(lost)).toBe(true);
    expect(dropped.listenerCount("trackSubscribed")).toBe(0);
  });
});
