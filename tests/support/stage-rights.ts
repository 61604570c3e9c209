// What the room page does right after connecting: join tokens let nobody publish, so someone on
// stage asks the app for their publish rights (POST stage/grant). Resolves once LiveKit holds them.
// Loaded lazily: suites that start their own livekit-server import app modules after it is up.
export async function takeStageRights(roomId: string, userId: string): Promise<void> {
  const { grantStageRights } = await import("@/server/stage/grant-stage-rights");
  const { role, granted } = await grantStageRights({ roomId, actorId: userId });
  if (role !== "listener" && !granted) {
    throw new Error(`LiveKit did not take ${role} ${userId}'s publish rights in ${roomId}`);
  }
}
