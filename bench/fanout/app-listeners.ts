// A few listeners that join the way the app's room page does (token from POST /token), with
// @livekit/rtc-node, to check the app's path holds while the room is large.
import { Room, RoomEvent, TrackKind } from "@livekit/rtc-node";
import type { BenchMember } from "../lib/app-data";
import { requestJoinToken } from "../lib/app-client";

export type AppListenerSample = { tokenMs: number; subscribedMs: number | null };

const SUBSCRIBE_TIMEOUT_MS = 10_000;

export async function joinAppListeners(roomId: string, members: BenchMember[]) {
  const rooms: Room[] = [];
  const samples = await Promise.all(
    members.map(async (member): Promise<AppListenerSample> => {
      const started = performance.now();
      const joined = await requestJoinToken(roomId, member.cookie);
      const tokenMs = performance.now() - started;
      const room = new Room();
      rooms.push(room);
      const subscribed = new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), SUBSCRIBE_TIMEOUT_MS);
        room.on(RoomEvent.TrackSubscribed, (track) => {
          if (track.kind !== TrackKind.KIND_AUDIO) return;
          clearTimeout(timer);
          resolve(performance.now() - started);
        });
      });
      await room.connect(joined.serverUrl, joined.token, { autoSubscribe: true, dynacast: false });
      return { tokenMs: Math.round(tokenMs), subscribedMs: await subscribed };
    }),
  );
  return {
    samples,
    async leave() {
      await Promise.all(rooms.map((room) => room.disconnect()));
    },
  };
}
