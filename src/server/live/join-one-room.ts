import "server-only";
import type { ElsewhereAnswer } from "@/lib/live/one-room";
import { findOtherLiveRoom } from "@/server/live/find-other-live-room";
import { joinRoom, type JoinedRoom, type JoinRoomOptions } from "@/server/live/join-room";
import { leaveOtherRooms } from "@/server/live/leave-other-rooms";

export type JoinOneRoomOptions = JoinRoomOptions & { leaveOthers?: boolean | undefined };

/**
 * The join, one live room per person: someone present in another live room (another tab, another
 * device) is answered with that room, to be asked first; once they agree, the join is made and
 * then they leave every other room, before their browser connects to this one, so never two
 * microphones are live. A join that is refused (ended, removed) leaves the other room alone.
 */
export async function joinOneRoom({
  leaveOthers = false,
  ...options
}: JoinOneRoomOptions): Promise<JoinedRoom | ElsewhereAnswer> {
  if (!leaveOthers) {
    const other = await findOtherLiveRoom({ userId: options.userId, roomId: options.roomId });
    if (other) return { elsewhere: { roomId: other.id, title: other.title } };
  }
  const joined = await joinRoom(options);
  if (leaveOthers) await leaveOtherRooms({ userId: options.userId, roomId: options.roomId });
  return joined;
}
