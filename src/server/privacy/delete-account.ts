import "server-only";
import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import type { DbOrTx } from "@/server/create-db";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { roomService } from "@/server/livekit/room-service";
import { endCalls } from "@/server/match/end-calls";
import { replayStorage, storageKeys } from "@/server/replays/replay-storage";
import {
  clearFailures,
  recordFailure,
  secondsUntilAllowed,
} from "@/server/rate-limit/failure-backoff";
import { RateLimitedError } from "@/server/rate-limit/rate-limited-error";
import { writeAccountDisabled } from "@/server/users/set-account-disabled";

export type DeleteAccountOptions = { actorId: string; password: string };

/** What a deleted account is called where others' records still point at it (docs/privacy.md). */
export const DELETED_MEMBER_NAME = "Deleted member";

/**
 * Deletes the member's account (docs/privacy.md), after their password confirms it is them. In
 * one transaction: the account row stays as a nameless, disabled tombstone (the invite tree keeps
 * its edges and others' records keep their references) that can never sign in; everything that was
 * theirs is removed (follows, blocks, mutes, memberships, RSVPs, notifications, unused invites,
 * photo, push subscriptions, backchannel threads, the rooms they created with their replays); their
 * chat lines, backchannel messages and the reports they filed keep no name. Then, committed: their
 * LiveKit participants are removed, rooms they were hosting close, their calls end and the
 * replays' files are deleted.
 */
export async function deleteAccount({ actorId, password }: DeleteAccountOptions): Promise<void> {
  const keys = [`signin:account:${actorId}`];
  const wait = await secondsUntilAllowed(keys);
  if (wait > 0) throw new RateLimitedError(wait);
  const user = await db.user.findFirst({
    where: { id: actorId, disabledAt: null, deletedAt: null },
    select: { passwordHash: true },
  });
  if (!user) throw new AppError("UNAUTHORIZED", { key: "signInToContinue" });
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordFailure(keys);
    throw new AppError("UNPROCESSABLE", {
      message: `account deletion: wrong password for ${actorId}`,
      key: "wrongCurrentPassword",
      field: "password",
    });
  }
  await clearFailures(keys);
  // Nobody knows this password: the tombstone cannot be signed in to, even by its old owner.
  const unusableHash = await hashPassword(randomBytes(32).toString("base64url"));

  const left = await db.$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.user.updateMany({
      where: { id: actorId, deletedAt: null, disabledAt: null },
      data: { deletedAt: now },
    });
    if (claimed.count === 0) throw new AppError("UNAUTHORIZED", { key: "signInToContinue" });
    const live = await tx.roomParticipant.findMany({
      where: { userId: actorId, leftAt: null, room: { status: "LIVE" } },
      select: { roomId: true },
    });
    const hosted = await tx.room.findMany({
      where: { createdById: actorId },
      select: { id: true, status: true, recordings: { select: { storageKey: true } } },
    });
    // Clips they made, and every clip of the rooms they created (those rows go with the rooms).
    const clips = await tx.clip.findMany({
      where: { OR: [{ createdById: actorId }, { room: { createdById: actorId } }] },
      select: { storageKey: true },
    });
    await tx.clip.deleteMany({ where: { createdById: actorId } });
    await writeAccountDisabled(tx, { userId: actorId, now });
    await removeWhatWasTheirs(tx, actorId);
    await anonymise(tx, actorId, unusableHash);
    await tx.room.deleteMany({ where: { createdById: actorId } });
    return { live, hosted, clips };
  });

  const hostedLive = left.hosted.filter((room) => room.status === "LIVE").map((room) => room.id);
  const files = left.hosted.flatMap((room) => [
    storageKeys.replay(room.id),
    ...room.recordings.map((recording) => recording.storageKey),
  ]);
  files.push(...left.clips.map((clip) => clip.storageKey));
  await Promise.allSettled([
    ...hostedLive.map((roomId) => ignoreNotFound(roomService().deleteRoom(roomId))),
    ...left.live
      .filter(({ roomId }) => !hostedLive.includes(roomId))
      .map(({ roomId }) => ignoreNotFound(roomService().removeParticipant(roomId, actorId))),
    endCalls({ userId: actorId, endedById: actorId }),
    files.length > 0 ? replayStorage().remove(files) : Promise.resolve(),
  ]).then((outcomes) => {
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") console.warn("account deletion cleanup", outcome.reason);
    }
  });
}

async function ignoreNotFound(call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (!isLivekitNotFound(error)) throw error;
  }
}

async function removeWhatWasTheirs(tx: DbOrTx, userId: string): Promise<void> {
  await tx.follow.deleteMany({ where: { OR: [{ followerId: userId }, { followeeId: userId }] } });
  await tx.block.deleteMany({ where: { OR: [{ blockerId: userId }, { blockedId: userId }] } });
  await tx.mutedPerson.deleteMany({ where: { OR: [{ userId }, { mutedId: userId }] } });
  await tx.mutedClub.deleteMany({ where: { userId } });
  await tx.roomRsvp.deleteMany({ where: { userId } });
  await tx.roomInvite.deleteMany({ where: { userId } });
  await tx.roomGuest.deleteMany({ where: { userId } });
  await tx.notification.deleteMany({ where: { OR: [{ userId }, { actorId: userId }] } });
  await tx.pushSubscription.deleteMany({ where: { userId } });
  await tx.profilePhoto.deleteMany({ where: { userId } });
  await tx.matchTicket.deleteMany({ where: { userId } });
  // Mailed links (reset, verification) and the "is live" emails waiting to go to them.
  await tx.emailToken.deleteMany({ where: { userId } });
  await tx.liveRoomEmail.deleteMany({ where: { userId } });
  // Redeemed invites are the invite tree's edges and stay; unused ones go.
  await tx.invite.deleteMany({ where: { inviterId: userId, redeemedById: null } });
  await tx.roomParticipant.deleteMany({ where: { userId } });
  // They leave every backchannel thread; what they wrote stays for the others, as chat lines do,
  // under the tombstone's name (docs/backchannel.md).
  await tx.backchannelMember.deleteMany({ where: { userId } });
  await leaveClubs(tx, userId);
}

/** Leaves every club; a club left without an admin gets its longest-standing member as one. */
async function leaveClubs(tx: DbOrTx, userId: string): Promise<void> {
  const adminOf = await tx.clubMember.findMany({
    where: { userId, role: "ADMIN", status: "ACTIVE" },
    select: { clubId: true },
  });
  await tx.clubMember.deleteMany({ where: { userId } });
  for (const { clubId } of adminOf) {
    const admins = await tx.clubMember.count({
      where: { clubId, role: "ADMIN", status: "ACTIVE" },
    });
    if (admins > 0) continue;
    const next = await tx.clubMember.findFirst({
      where: { clubId, status: "ACTIVE" },
      orderBy: { joinedAt: "asc" },
      select: { userId: true },
    });
    if (next) {
      await tx.clubMember.update({
        where: { clubId_userId: { clubId, userId: next.userId } },
        data: { role: "ADMIN" },
      });
    }
  }
}

async function anonymise(tx: DbOrTx, userId: string, passwordHash: string): Promise<void> {
  const tag = userId.replace(/-/g, "");
  await tx.user.update({
    where: { id: userId },
    data: {
      // A hyphen no signup may use, so no one can ever take the name.
      username: `deleted-${tag}`,
      email: `deleted-${tag}@deleted.invalid`,
      displayName: DELETED_MEMBER_NAME,
      bio: "",
      links: [],
      topics: [],
      passwordHash,
      locale: null,
      timeZone: null,
      invitesLeft: 0,
      role: "MEMBER",
      emailVerifiedAt: null,
      emailWhenLive: false,
      spatialAudio: false,
    },
    select: { id: true },
  });
  await tx.roomChatMessage.updateMany({
    where: { senderId: userId },
    data: { senderName: DELETED_MEMBER_NAME, senderUsername: "" },
  });
  // Reported chat lines are copies: their own and their neighbours' lines lose the name too.
  await tx.$executeRaw`
    UPDATE "Report" SET "chatContext" = (
      SELECT jsonb_agg(CASE WHEN line->>'senderId' = ${userId}
        THEN line || jsonb_build_object('senderName', ${DELETED_MEMBER_NAME}::text, 'senderUsername', '')
        ELSE line END ORDER BY position)
      FROM jsonb_array_elements("chatContext") WITH ORDINALITY AS lines(line, position))
    WHERE "chatContext" @> jsonb_build_array(jsonb_build_object('senderId', ${userId}::text))`;
}
