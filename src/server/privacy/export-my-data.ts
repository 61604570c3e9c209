import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

export type ExportMyDataOptions = { actorId: string };

/** The archive's format, so a reader can tell versions apart. */
export const EXPORT_FORMAT = "hearth-export/1";

const person = { select: { username: true, displayName: true } } as const;

/**
 * Everything Hearth keeps that is the member's own, as one JSON document (docs/privacy.md): the
 * profile, follows both ways, blocks and mutes, clubs, rooms hosted and joined, RSVPs, invites
 * sent, notifications, reports filed, chat lines still stored, pings sent, rooms they were named
 * co-host or speaker of, the backchannel messages they wrote and the metadata of their rooms'
 * replays. Never other people's private data: no reports about them (they would name the
 * reporter), no other person's email, no chat lines or backchannel messages of others, no secrets
 * (password or invite hashes, push keys).
 */
export async function exportMyData({ actorId }: ExportMyDataOptions) {
  const user = await db.user.findFirst({
    where: { id: actorId, disabledAt: null },
    select: {
      id: true,
      username: true,
      email: true,
      displayName: true,
      bio: true,
      links: true,
      topics: true,
      role: true,
      locale: true,
      timeZone: true,
      spatialAudio: true,
      invitesLeft: true,
      createdAt: true,
      invitedBy: person,
      photo: { select: { updatedAt: true } },
    },
  });
  if (!user) throw new AppError("UNAUTHORIZED", { key: "signInToContinue" });
  const userId = user.id;
  const [following, followers, blocks, mutedPeople, mutedClubs, clubs] = await Promise.all([
    db.follow.findMany({
      where: { followerId: userId },
      select: { createdAt: true, followee: person },
    }),
    db.follow.findMany({
      where: { followeeId: userId },
      select: { createdAt: true, follower: person },
    }),
    db.block.findMany({
      where: { blockerId: userId },
      select: { createdAt: true, blocked: person },
    }),
    db.mutedPerson.findMany({ where: { userId }, select: { createdAt: true, muted: person } }),
    db.mutedClub.findMany({
      where: { userId },
      select: { createdAt: true, club: { select: { slug: true, name: true } } },
    }),
    db.clubMember.findMany({
      where: { userId },
      select: {
        role: true,
        status: true,
        joinedAt: true,
        club: { select: { slug: true, name: true } },
      },
    }),
  ]);
  const [
    roomsHosted,
    participations,
    rsvps,
    invites,
    notifications,
    reports,
    chatLines,
    pushes,
    backchannel,
  ] = await Promise.all([
    db.room.findMany({
      where: { createdById: userId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        title: true,
        description: true,
        topic: true,
        visibility: true,
        status: true,
        scheduledFor: true,
        startedAt: true,
        endedAt: true,
        createdAt: true,
        recordReplay: true,
        musicMode: true,
        peakListeners: true,
        handsRaised: true,
        club: { select: { slug: true, name: true } },
        replay: {
          select: {
            status: true,
            durationMs: true,
            sizeBytes: true,
            createdAt: true,
            readyAt: true,
          },
        },
      },
    }),
    db.roomParticipant.findMany({
      where: { userId },
      orderBy: { joinedAt: "asc" },
      select: {
        role: true,
        joinedAt: true,
        leftAt: true,
        room: { select: { id: true, title: true } },
      },
    }),
    db.roomRsvp.findMany({
      where: { userId },
      select: {
        createdAt: true,
        room: { select: { id: true, title: true, scheduledFor: true } },
      },
    }),
    db.invite.findMany({
      where: { inviterId: userId },
      orderBy: { createdAt: "asc" },
      select: {
        codePrefix: true,
        createdAt: true,
        expiresAt: true,
        revokedAt: true,
        redeemedAt: true,
        redeemedBy: person,
      },
    }),
    db.notification.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: {
        kind: true,
        createdAt: true,
        readAt: true,
        actor: person,
        room: { select: { id: true, title: true } },
        club: { select: { slug: true, name: true } },
      },
    }),
    db.report.findMany({
      where: { reporterId: userId },
      orderBy: { createdAt: "asc" },
      select: {
        kind: true,
        reason: true,
        note: true,
        status: true,
        createdAt: true,
        resolvedAt: true,
        roomId: true,
        target: person,
      },
    }),
    db.roomChatMessage.findMany({
      where: { senderId: userId },
      orderBy: { createdAt: "asc" },
      select: { roomId: true, text: true, createdAt: true },
    }),
    db.pushSubscription.findMany({
      where: { userId },
      select: { endpoint: true, createdAt: true },
    }),
    // Their own backchannel messages only: what others wrote to them is the others' to export.
    db.backchannelMessage.findMany({
      where: { senderId: userId },
      orderBy: { createdAt: "asc" },
      select: { threadId: true, body: true, createdAt: true },
    }),
  ]);

  const [pingsSent, namedGuest] = await Promise.all([
    // Pings the member sent (those they got are among their notifications).
    db.ping.findMany({
      where: { pingerId: userId },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, room: { select: { id: true, title: true } }, pinged: person },
    }),
    // Rooms a host named them co-host or speaker of when scheduling.
    db.roomGuest.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { role: true, createdAt: true, room: { select: { id: true, title: true } } },
    }),
  ]);
  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date(),
    profile: {
      ...user,
      photo: user.photo ? { updatedAt: user.photo.updatedAt } : null,
    },
    following: following.map(({ followee, createdAt }) => ({ ...followee, since: createdAt })),
    followers: followers.map(({ follower, createdAt }) => ({ ...follower, since: createdAt })),
    blocked: blocks.map(({ blocked, createdAt }) => ({ ...blocked, since: createdAt })),
    mutedPeople: mutedPeople.map(({ muted, createdAt }) => ({ ...muted, since: createdAt })),
    mutedClubs: mutedClubs.map(({ club, createdAt }) => ({ ...club, since: createdAt })),
    clubs: clubs.map(({ club, ...membership }) => ({ ...club, ...membership })),
    roomsHosted,
    roomsJoined: participations.map(({ room, ...seat }) => ({
      roomId: room.id,
      title: room.title,
      ...seat,
    })),
    rsvps: rsvps.map(({ room, createdAt }) => ({
      roomId: room.id,
      title: room.title,
      scheduledFor: room.scheduledFor,
      askedAt: createdAt,
    })),
    invites,
    notifications,
    reportsFiled: reports,
    chatMessages: chatLines,
    pingsSent: pingsSent.map(({ room, pinged, createdAt }) => ({
      roomId: room.id,
      title: room.title,
      to: pinged,
      sentAt: createdAt,
    })),
    backchannelMessages: backchannel,
    namedGuest: namedGuest.map(({ room, role, createdAt }) => ({
      roomId: room.id,
      title: room.title,
      as: role === "MODERATOR" ? "co-host" : "speaker",
      namedAt: createdAt,
    })),
    // Where this account's pushes go: the push service only, never the keys.
    pushDevices: pushes.map(({ endpoint, createdAt }) => ({
      service: new URL(endpoint).host,
      createdAt,
    })),
  };
}

export type MyDataExport = Awaited<ReturnType<typeof exportMyData>>;
