import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { updateProfileSchema } from "@/lib/validations/users";
import { db } from "@/server/db";
import { followUser } from "@/server/follows/follow-user";
import { blockUser } from "@/server/users/block-user";
import { findOwnSettings } from "@/server/users/find-own-settings";
import { findProfile } from "@/server/users/find-profile";
import { updateProfile } from "@/server/users/update-profile";
import { createTestUser } from "../fixtures/users";

async function profileOf(viewerId: string, username: string) {
  const profile = await findProfile({ viewerId, username });
  if (!profile) throw new Error(`no profile for ${username}`);
  return profile;
}

async function clubWith(name: string, memberIds: string[]) {
  const slug = `c-${randomBytes(5).toString("hex")}`;
  const [creatorId] = memberIds;
  if (!creatorId) throw new Error("a club needs its creator");
  return db.club.create({
    data: {
      slug,
      name,
      createdById: creatorId,
      members: { create: memberIds.map((userId) => ({ userId })) },
    },
    select: { slug: true, name: true },
  });
}

describe("a profile that introduces", () => {
  it("a profile shows followers the viewer knows", async () => {
    const viewer = await createTestUser(db, { displayName: "Vera Viewer" });
    const nora = await createTestUser(db, { displayName: "Nora Reyes" });
    const [ana, bo, cy, dee, stranger, blocker] = await Promise.all(
      ["Ana", "Bo", "Cy", "Dee", "Sam Stranger", "Bea Blocker"].map((displayName) =>
        createTestUser(db, { displayName }),
      ),
    );
    if (!ana || !bo || !cy || !dee || !stranger || !blocker) throw new Error("members missing");

    // The viewer follows four of Nora's followers; a stranger follows her too.
    for (const known of [ana, bo, cy, dee]) {
      await followUser({ actorId: viewer.id, username: known.username });
      await followUser({ actorId: known.id, username: nora.username });
    }
    await followUser({ actorId: stranger.id, username: nora.username });
    // Someone the viewer follows who has since blocked the viewer is not named to them.
    await followUser({ actorId: viewer.id, username: blocker.username });
    await followUser({ actorId: blocker.id, username: nora.username });
    await blockUser({ actorId: blocker.id, username: viewer.username });

    const seen = await profileOf(viewer.id, nora.username);
    expect(seen.followerCount).toBe(6);
    expect(seen.followedByKnown.total).toBe(4);
    expect(seen.followedByKnown.shown.map((person) => person.displayName)).toEqual([
      "Ana",
      "Bo",
      "Cy",
    ]);

    // A known follower whose account is disabled drops out; Nora herself sees no such line.
    await db.user.update({ where: { id: ana.id }, data: { disabledAt: new Date() } });
    const later = await profileOf(viewer.id, nora.username);
    expect(later.followedByKnown.total).toBe(3);
    expect(later.followedByKnown.shown.map((person) => person.displayName)).toEqual([
      "Bo",
      "Cy",
      "Dee",
    ]);
    expect((await profileOf(nora.id, nora.username)).followedByKnown.total).toBe(0);
  });

  it("names the clubs in common and who invited the member", async () => {
    const viewer = await createTestUser(db);
    const inviter = await createTestUser(db, { displayName: "Ida Inviter" });
    const nora = await createTestUser(db);
    await db.user.update({ where: { id: nora.id }, data: { invitedById: inviter.id } });
    const shared = await clubWith("Night Owls", [nora.id, viewer.id]);
    await clubWith("Synth Club", [nora.id]);

    const seen = await profileOf(viewer.id, nora.username);
    expect(seen.clubs.map((club) => club.name)).toEqual(["Night Owls", "Synth Club"]);
    expect(seen.clubsInCommon).toEqual([shared]);
    expect(seen.invitedBy).toEqual({ username: inviter.username, displayName: "Ida Inviter" });
    expect((await profileOf(nora.id, nora.username)).clubsInCommon).toEqual([]);
  });

  it("keeps up to three web links, normalised, and refuses anything that is not one", async () => {
    const member = await createTestUser(db);
    const input = updateProfileSchema.parse({
      displayName: "Lia Links",
      link1: " example.com/me ",
      link2: "",
      link3: "HTTP://Podcast.Example.org/show?id=7",
    });
    await updateProfile({ actorId: member.id, input });
    const links = ["https://example.com/me", "http://podcast.example.org/show?id=7"];
    expect((await findOwnSettings({ actorId: member.id }))?.links).toEqual(links);
    expect((await profileOf(member.id, member.username)).links).toEqual(links);

    const refused = (fields: Record<string, string>) =>
      updateProfileSchema
        .safeParse({ displayName: "Lia Links", ...fields })
        .error?.issues.map((issue) => [issue.path[0], issue.message]);
    expect(refused({ link1: "javascript:alert(1)" })).toEqual([["link1", "linkNotWebAddress"]]);
    expect(refused({ link2: "not a link" })).toEqual([["link2", "linkNotWebAddress"]]);
    expect(refused({ link3: "https://user:pw@example.com" })).toEqual([
      ["link3", "linkNotWebAddress"],
    ]);
    expect(refused({ link1: `https://example.com/${"a".repeat(200)}` })).toEqual([
      ["link1", "linkTooLong"],
    ]);
    // A fourth field is no link: only three are read.
    const four = updateProfileSchema.parse({
      displayName: "Lia Links",
      link1: "a.example",
      link2: "b.example",
      link3: "c.example",
      link4: "d.example",
    });
    expect(four.links).toHaveLength(3);
  });
});
