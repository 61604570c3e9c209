// Presence as PostgreSQL holds it against LiveKit's own participant list, and the webhooks that
// carried it. The room's counts (Room.listenerCount + speakerCount, what every page shows) are
// recounted only when a webhook is applied or the presence sweep runs (recount-presence.ts); the
// join itself writes the member's row, not the counts.
import type { RoomServiceClient } from "livekit-server-sdk";
import type { Db } from "@/server/create-db";
import type { JoinSample } from "./joiner";

export type PresenceReading = {
  /** Room.listenerCount + speakerCount */
  postgres: number;
  /** RoomParticipant rows with no leftAt (and no ban) */
  presentRows: number;
  /** RoomServiceClient.listParticipants */
  livekit: number;
};

export type Settled = {
  /** ms until PostgreSQL's counts, its rows and LiveKit's list all equalled `expected`; null if not. */
  settledMs: number | null;
  last: PresenceReading;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function presenceProbe(db: Db, livekit: RoomServiceClient, roomId: string) {
  async function read(): Promise<PresenceReading> {
    const [room, presentRows, participants] = await Promise.all([
      db.room.findUniqueOrThrow({
        where: { id: roomId },
        select: { listenerCount: true, speakerCount: true },
      }),
      db.roomParticipant.count({ where: { roomId, leftAt: null, bannedAt: null } }),
      livekit.listParticipants(roomId),
    ]);
    return {
      postgres: room.listenerCount + room.speakerCount,
      presentRows,
      livekit: participants.length,
    };
  }

  return {
    read,
    /** Polls until presence in PostgreSQL and LiveKit's count both equal `expected`. */
    async settle(expected: number, timeoutMs: number): Promise<Settled> {
      const started = performance.now();
      let last = await read();
      while (!(
        last.postgres === expected &&
        last.presentRows === expected &&
        last.livekit === expected
      )) {
        if (performance.now() - started > timeoutMs) return { settledMs: null, last };
        await sleep(250);
        last = await read();
      }
      return { settledMs: Math.round(performance.now() - started), last };
    },
    /**
     * Joiners whose participant_joined webhook was applied. The join stamps joinedAt with the app's
     * clock before it answers; applying participant_joined moves it on to LiveKit's session start,
     * which comes after the answer arrived. The presence sweep never touches joinedAt, so a row
     * stamped later than its token answer is that webhook's work and nothing else's.
     */
    async joinWebhooksApplied(samples: JoinSample[]): Promise<number> {
      const connected = samples.filter((one) => one.connectMs !== null && one.tokenAnsweredAt);
      const rows = await db.roomParticipant.findMany({
        where: { roomId, userId: { in: connected.map((one) => one.userId) } },
        select: { userId: true, joinedAt: true },
      });
      const joinedAt = new Map(rows.map((row) => [row.userId, row.joinedAt.getTime()]));
      return connected.filter(
        (one) => (joinedAt.get(one.userId) ?? 0) >= (one.tokenAnsweredAt ?? 0),
      ).length;
    },
    /** Webhook deliveries the app applied (one WebhookEvent row per event id) since `since`. */
    async webhooksSince(since: Date): Promise<number> {
      return db.webhookEvent.count({ where: { receivedAt: { gte: since } } });
    },
  };
}
