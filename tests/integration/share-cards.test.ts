import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as clubImage } from "@/app/share-cards/clubs/[slug]/route";
import { GET as personImage } from "@/app/share-cards/people/[username]/route";
import { GET as roomImage } from "@/app/share-cards/rooms/[roomId]/route";
import { getEnv } from "@/env";
import { db } from "@/server/db";
import { findClubShareCard } from "@/server/sharing/find-club-share-card";
import { findPersonShareCard } from "@/server/sharing/find-person-share-card";
import { findRoomShareCard } from "@/server/sharing/find-room-share-card";
import type { ShareCard } from "@/lib/sharing/share-card";
import { shareMetadata } from "@/server/sharing/share-metadata";
import { shareTranslators } from "@/server/sharing/share-translators";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

// Cards are what a crawler without cookies gets, so every call here is anonymous: no session at all.

const UNKNOWN_ROOM = "00000000-0000-7000-8000-00000000abcd";

async function metadataOf(card: ShareCard, path: string) {
  const t = await shareTranslators("en");
  const metadata = shareMetadata({
    card,
    pagePath: path,
    imagePath: `/share-cards${path}`,
    appUrl: getEnv().APP_URL,
    t,
  });
  return JSON.stringify(metadata);
}

type Handler = (
  request: NextRequest,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

async function fetchImage(handler: Handler, path: string, params: Record<string, string>) {
  const request = new NextRequest(new URL(path, getEnv().APP_URL));
  const response = await handler(request, { params: Promise.resolve(params) });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/png");
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return bytes;
}

const roomImageOf = (roomId: string) =>
  fetchImage(roomImage, `/share-cards/rooms/${roomId}`, { roomId });

describe("share cards", () => {
  it("a closed room's share card reveals nothing about it", async () => {
    const host = await createTestUser(db, { displayName: "Quintessa Hostname" });
    const closed = await db.room.create({
      data: {
        title: "Zanzibar merger secrets",
        description: "Only the board: quarterly layoffs",
        topic: "BUSINESS",
        visibility: "CLOSED",
        status: "LIVE",
        startedAt: new Date(),
        createdById: host.id,
        speakerCount: 3,
        listenerCount: 41,
      },
      select: { id: true },
    });
    const open = await createLiveRoom(db, { hostId: host.id, title: "Open mic for everyone" });

    const secrets = ["Zanzibar", "merger", "layoffs", "Quintessa", host.username, "Business", "41"];
    const closedCard = await findRoomShareCard({ roomId: closed.id });
    expect(closedCard).toEqual({ subject: "room", isPublic: false });
    // The link itself holds the id (the sharer pasted it); nothing else may name the room.
    const closedMetadata = (await metadataOf(closedCard, `/rooms/${closed.id}`)).replaceAll(
      closed.id,
      "",
    );
    for (const secret of secrets) expect(closedMetadata).not.toContain(secret);
    expect(closedMetadata).toContain("A room on Hearth");
    expect(closedMetadata).toContain("summary_large_image");
    // The picture is byte for byte the one of a room that does not exist: it cannot tell them apart.
    const closedImage = await roomImageOf(closed.id);
    expect(closedImage.equals(await roomImageOf(UNKNOWN_ROOM))).toBe(true);

    const openCard = await findRoomShareCard({ roomId: open.id });
    const openMetadata = await metadataOf(openCard, `/rooms/${open.id}`);
    expect(openMetadata).toContain("Open mic for everyone");
    expect(openMetadata).toContain("Quintessa Hostname");
    expect(openMetadata).toContain(`/share-cards/rooms/${open.id}`);
    expect((await roomImageOf(open.id)).equals(closedImage)).toBe(false);
  });

  it("a club-only room, a private club and a disabled member share nothing either", async () => {
    const admin = await createTestUser(db);
    const tag = Math.random().toString(36).slice(2, 8);
    const hidden = await db.club.create({
      data: {
        slug: `hush-${tag}`,
        name: "Hush Hush Society",
        description: "We meet at midnight",
        visibility: "PRIVATE",
        createdById: admin.id,
        members: { create: { userId: admin.id, role: "ADMIN" } },
      },
      select: { id: true, slug: true },
    });
    const openClub = await db.club.create({
      data: {
        slug: `porch-${tag}`,
        name: "Front Porch Club",
        visibility: "OPEN",
        createdById: admin.id,
        members: { create: { userId: admin.id, role: "ADMIN" } },
      },
      select: { id: true, slug: true },
    });
    const clubRoom = await createLiveRoom(db, {
      hostId: admin.id,
      title: "Porch members only",
      visibility: "CLUB",
      clubId: openClub.id,
    });

    const hiddenCard = await findClubShareCard({ slug: hidden.slug });
    expect(hiddenCard).toEqual({ subject: "club", isPublic: false });
    const hiddenMetadata = await metadataOf(hiddenCard, `/clubs/${hidden.slug}`);
    for (const secret of ["Hush", "midnight"]) expect(hiddenMetadata).not.toContain(secret);
    const hiddenImage = await fetchImage(clubImage, `/share-cards/clubs/${hidden.slug}`, {
      slug: hidden.slug,
    });
    const noClubImage = await fetchImage(clubImage, "/share-cards/clubs/no-such-club", {
      slug: "no-such-club",
    });
    expect(hiddenImage.equals(noClubImage)).toBe(true);

    const openClubCard = await findClubShareCard({ slug: openClub.slug });
    expect(await metadataOf(openClubCard, `/clubs/${openClub.slug}`)).toContain("Front Porch Club");
    expect(await findRoomShareCard({ roomId: clubRoom.id })).toEqual({
      subject: "room",
      isPublic: false,
    });

    // People: every card is generic, for active, disabled and unknown usernames alike.
    const shown = await createTestUser(db, { displayName: "Wilhelmina Shown" });
    const gone = await createTestUser(db, { displayName: "Bartholomew Gone" });
    await db.user.update({ where: { id: gone.id }, data: { disabledAt: new Date() } });
    const shownCard = await findPersonShareCard({ username: shown.username });
    expect(shownCard).toEqual({ subject: "person", isPublic: false });
    expect(await metadataOf(shownCard, `/@${shown.username}`)).not.toContain("Wilhelmina");
    const goneCard = await findPersonShareCard({ username: gone.username });
    expect(goneCard).toEqual({ subject: "person", isPublic: false });
    const goneMetadata = await metadataOf(goneCard, `/u/${gone.username}`);
    expect(goneMetadata).not.toContain("Bartholomew");
    await fetchImage(personImage, `/share-cards/people/${shown.username}`, {
      username: shown.username,
    });
  });

  it("signed-out person cards do not tell whether a username exists", async () => {
    const member = await createTestUser(db, { displayName: "Quentin Exists" });
    const real = await findPersonShareCard({ username: member.username });
    const unknown = await findPersonShareCard({ username: "nobody_by_this_name" });
    expect(real).toEqual(unknown);
    expect(await metadataOf(real, `/@${member.username}`)).not.toMatch(/Quentin|follower/i);
    const realImage = await fetchImage(personImage, `/share-cards/people/${member.username}`, {
      username: member.username,
    });
    const unknownImage = await fetchImage(personImage, "/share-cards/people/nobody_by_this_name", {
      username: "nobody_by_this_name",
    });
    expect(realImage.equals(unknownImage)).toBe(true);
  });
});
