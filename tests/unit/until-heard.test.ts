import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { untilHeard, type HeardRoom } from "@/components/room/until-heard";

// WebRTC's track as a browser hands it over: muted until its first packets arrive.
class FakeMediaStreamTrack extends EventTarget {
  muted = true;
  arrive() {
    this.muted = false;
    this.dispatchEvent(new Event("unmute"));
  }
}

// A room and its tracks as livekit-client's emit them: events on the room, playback on the track.
class FakeTrack extends EventEmitter {
  attachedElements: { paused: boolean }[] = [];
  mediaStreamTrack = new FakeMediaStreamTrack();
}
type FakePublication = { isDesired: boolean; isMuted: boolean; track?: FakeTrack };

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

function arrivedTrack(): FakeTrack {
  const track = new FakeTrack();
  track.mediaStreamTrack.arrive();
  return track;
}

describe("entering from a link waits until the room is heard", () => {
  it("does not wait when nobody on stage publishes unmuted audio it asked for", async () => {
    expect(await settled(untilHeard(fakeRoom([])))).toBe(true);
    expect(await settled(untilHeard(fakeRoom([{ isDesired: false, isMuted: false }])))).toBe(true);
    expect(await settled(untilHeard(fakeRoom([{ isDesired: true, isMuted: true }])))).toBe(true);
  });

  it("waits for the stage's audio to be subscribed and then to play", async () => {
    const publication: FakePublication = { isDesired: true, isMuted: false };
    const room = fakeRoom([publication]);
    const heard = untilHeard(room);
    expect(await settled(heard)).toBe(false);

    const track = arrivedTrack();
    room.emit("trackSubscribed", track, { isDesired: true, isMuted: false });
    expect(await settled(heard)).toBe(false);
    room.emit("trackSubscribed", track, publication);
    expect(await settled(heard)).toBe(false);
    track.emit("audioPlaybackStarted");
    expect(await settled(heard)).toBe(true);
  });

  it("waits for the first packets of audio that already plays", async () => {
    const track = new FakeTrack();
    track.attachedElements.push({ paused: false });
    const heard = untilHeard(fakeRoom([{ isDesired: true, isMuted: false, track }]));
    expect(await settled(heard)).toBe(false);
    track.mediaStreamTrack.arrive();
    expect(await settled(heard)).toBe(true);
  });

  it("settles at once for audio already heard, and when playback is refused or the room drops", async () => {
    const playing = arrivedTrack();
    playing.attachedElements.push({ paused: false });
    const heardAlready = untilHeard(
      fakeRoom([{ isDesired: true, isMuted: false, track: playing }]),
    );
    expect(await settled(heardAlready)).toBe(true);

    const refused = new FakeTrack();
    const room = fakeRoom([{ isDesired: true, isMuted: false, track: refused }]);
    const heard = untilHeard(room);
    refused.emit("audioPlaybackFailed");
    expect(await settled(heard)).toBe(true);

    const dropped = fakeRoom([{ isDesired: true, isMuted: false }]);
    const lost = untilHeard(dropped);
    dropped.emit("disconnected");
    expect(await settled(lost)).toBe(true);
    expect(dropped.listenerCount("trackSubscribed")).toBe(0);
  });
});
