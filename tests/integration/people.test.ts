import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { changePasswordSchema, updateProfileSchema } from "@/lib/validations/users";
import type { InviteTreeNode } from "@/server/admin/build-invite-tree";
import { findInviteTree } from "@/server/admin/find-invite-tree";
import { listMembers } from "@/server/admin/list-members";
import { mintInvite } from "@/server/admin/mint-invite";
import { authenticate } from "@/server/auth/authenticate";
import { requireCallerOf } from "@/server/auth/get-caller";
import { db } from "@/server/db";
import { followUser } from "@/server/follows/follow-user";
import { listFollowers } from "@/server/follows/list-followers";
import { unfollowUser } from "@/server/follows/unfollow-user";
import { changePassword } from "@/server/users/change-password";
import { findOwnSettings } from "@/server/users/find-own-settings";
import { findProfile } from "@/server/users/find-profile";
import { setAccountDisabled } from "@/server/users/set-account-disabled";
import { updateProfile } from "@/server/users/update-profile";
import { sessionCookie } from "../fixtures/session-cookie";
import { createTestUser } from "../fixtures/users";

/** Who a request carrying this member's session cookie is signed in as, or null. */
async function signedInAs(userId: string, sessionVersion: number) {
  const request = new NextRequest("http://127.0.0.1/api/anything", {
    headers: { cookie: await sessionCookie(userId, sessionVersion) },
  });
  return requireCallerOf(request).then(
    (caller) => caller.id,
    () => null,
  );
}

async function profileOf(viewerId: string, username: string) {
  const profile = await findProfile({ viewerId, username });
  if (!profile) throw new Error(`no profile for ${username}`);
  return profile;
}

describe("follows", () => {
  it("refuses a self-follow, keeps one follow when asked twice, and unfollows", async () => {
    const ada = await createTestUser(db);
    const bo = await createTestUser(db);

    await expect(followUser({ actorId: ada.id, username: ada.username })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await profileOf(ada.id, ada.username)).followerCount).toBe(0);

    await followUser({ actorId: ada.id, username: bo.username });
    await followUser({ actorId: ada.id, username: bo.username });
    const followed = await profileOf(ada.id, bo.username);
    expect(followed).toMatchObject({ followerCount: 1, viewerFollows: true });
    expect((await profileOf(bo.id, ada.username)).followingCount).toBe(1);
    expect((await listFollowers({ userId: bo.id })).map((person) => person.id)).toEqual([ada.id]);

    await unfollowUser({ actorId: ada.id, username: bo.username });
    await unfollowUser({ actorId: ada.id, username: bo.username });
    expect(await profileOf(ada.id, bo.username)).toMatchObject({
      followerCount: 0,
      viewerFollows: false,
    });
  });

  it("cannot follow unknown or disabled members, and hides disabled accounts", async () => {
    const admin = await createTestUser(db, { role: "ADMIN" });
    const ada = await createTestUser(db);
    const gone = await createTestUser(db);
    await followUser({ actorId: gone.id, username: ada.username });
    expect((await profileOf(ada.id, ada.username)).followerCount).toBe(1);

    await setAccountDisabled({ actorId: admin.id, userId: gone.id, disabled: true });

    await expect(followUser({ actorId: ada.id, username: gone.username })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(followUser({ actorId: ada.id, username: "nobody_here" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await findProfile({ viewerId: ada.id, username: gone.username })).toBeNull();
    expect((await profileOf(ada.id, ada.username)).followerCount).toBe(0);
    expect(await listFollowers({ userId: ada.id })).toEqual([]);
  });
});

describe("profiles", () => {
  it("shows who invited the member and only the clubs they are an active member of", async () => {
    const inviter = await createTestUser(db, { displayName: "Ines Inviter" });
    const member = await createTestUser(db, { invitedById: inviter.id });
    const joined = await db.club.create({
      data: { slug: `joined-${member.username}`, name: "Joined club", createdById: inviter.id },
    });
    const pending = await db.club.create({
      data: { slug: `pending-${member.username}`, name: "Pending club", createdById: inviter.id },
    });
    await db.clubMember.createMany({
      data: [
        { clubId: joined.id, userId: member.id, status: "ACTIVE" },
        { clubId: pending.id, userId: member.id, status: "PENDING" },
      ],
    });

    const profile = await profileOf(inviter.id, member.username.toUpperCase());
    expect(profile.invitedBy).toEqual({ username: inviter.username, displayName: "Ines Inviter" });
    expect(profile.clubs).toEqual([{ slug: joined.slug, name: "Joined club" }]);
    expect(profile.isSelf).toBe(false);
  });

  it("a member edits their own display name, bio and topics; bad input is refused", async () => {
    const member = await createTestUser(db);
    const input = updateProfileSchema.parse({
      displayName: "  Nia Newname ",
      bio: "Talks about synths.",
      "topic:TECH": "on",
      "topic:MUSIC_KARAOKE": "on",
    });
    await updateProfile({ actorId: member.id, input });
    expect(await findOwnSettings({ actorId: member.id })).toMatchObject({
      displayName: "Nia Newname",
      bio: "Talks about synths.",
      topics: ["TECH", "MUSIC_KARAOKE"],
    });

    const tooLong = updateProfileSchema.safeParse({
      displayName: "x".repeat(51),
      bio: "y".repeat(161),
    });
    expect(tooLong.error?.issues.map((issue) => issue.path[0]).sort()).toEqual([
      "bio",
      "displayName",
    ]);
    expect(
      updateProfileSchema.safeParse({ displayName: "Ok", "topic:KNITTING": "on" }).success,
    ).toBe(false);
    expect(updateProfileSchema.safeParse({ displayName: "   " }).success).toBe(false);
  });
});

describe("changing a password", () => {
  it("ends the member's other sessions and only the new password signs in", async () => {
    const member = await createTestUser(db);
    const ip = "198.51.100.40";
    expect(await signedInAs(member.id, 0)).toBe(member.id);

    const wrong = changePasswordSchema.parse({
      currentPassword: "not-my-password",
      newPassword: "a-brand-new-passphrase",
      confirmPassword: "a-brand-new-passphrase",
    });
    await expect(changePassword({ actorId: member.id, input: wrong })).rejects.toMatchObject({
      field: "currentPassword",
    });
    expect(await signedInAs(member.id, 0)).toBe(member.id);

    const input = { ...wrong, currentPassword: member.password };
    await changePassword({ actorId: member.id, input });

    expect(await signedInAs(member.id, 0)).toBeNull();
    const fresh = await authenticate({
      identifier: member.username,
      password: input.newPassword,
      ip,
    });
    expect(await signedInAs(member.id, fresh.sessionVersion)).toBe(member.id);
    await expect(
      authenticate({ identifier: member.username, password: member.password, ip }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("refuses a short, mistyped or common new password by field, changing nothing", async () => {
    const short = changePasswordSchema.safeParse({
      currentPassword: "whatever",
      newPassword: "nine-char",
      confirmPassword: "nine-char",
    });
    expect(short.error?.issues.map((issue) => issue.path[0])).toContain("newPassword");
    const mismatch = changePasswordSchema.safeParse({
      currentPassword: "whatever",
      newPassword: "long-enough-password",
      confirmPassword: "long-enough-passw0rd",
    });
    expect(mismatch.error?.issues.map((issue) => issue.path[0])).toEqual(["confirmPassword"]);

    const member = await createTestUser(db);
    for (const newPassword of ["Password2024!", `${member.username}-rocks`]) {
      const input = { currentPassword: member.password, newPassword, confirmPassword: newPassword };
      await expect(changePassword({ actorId: member.id, input })).rejects.toMatchObject({
        field: "newPassword",
      });
    }
    expect(await signedInAs(member.id, 0)).toBe(member.id);
  });
});

describe("admin tools", () => {
  it("are not there for members, and a member's attempt changes nothing", async () => {
    const member = await createTestUser(db, { invitesLeft: 3 });
    const other = await createTestUser(db);
    const invitesBefore = await db.invite.count();

    await expect(listMembers({ actorId: member.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findInviteTree({ actorId: member.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(mintInvite({ actorId: member.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      setAccountDisabled({ actorId: member.id, userId: other.id, disabled: true }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    expect(await db.invite.count()).toBe(invitesBefore);
    const after = await db.user.findUniqueOrThrow({
      where: { id: member.id },
      select: { invitesLeft: true },
    });
    expect(after.invitesLeft).toBe(3);
    expect(await signedInAs(other.id, 0)).toBe(other.id);
  });

  it("lets an admin mint invites and list members, until the admin is disabled", async () => {
    const admin = await createTestUser(db, { role: "ADMIN" });
    const otherAdmin = await createTestUser(db, { role: "ADMIN" });
    const invite = await mintInvite({ actorId: admin.id });
    expect(await db.invite.count({ where: { id: invite.id, inviterId: admin.id } })).toBe(1);
    const members = await listMembers({ actorId: admin.id });
    expect(members.map((row) => row.id)).toContain(otherAdmin.id);
    expect(members[0]).not.toHaveProperty("passwordHash");

    await setAccountDisabled({ actorId: otherAdmin.id, userId: admin.id, disabled: true });
    await expect(mintInvite({ actorId: admin.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the invite tree nests every member under whoever invited them", async () => {
    const root = await createTestUser(db, { role: "ADMIN", displayName: "Root" });
    const ann = await createTestUser(db, { invitedById: root.id, displayName: "Ann" });
    const ben = await createTestUser(db, { invitedById: root.id, displayName: "Ben" });
    const cai = await createTestUser(db, { invitedById: ann.id, displayName: "Cai" });
    await createTestUser(db, { invitedById: cai.id, displayName: "Dee" });

    const forest = await findInviteTree({ actorId: root.id });
    const tree = forest.find((node) => node.id === root.id);
    type Shape = { name: string; invitees: Shape[] };
    const shape = (node: InviteTreeNode): Shape => ({
      name: node.displayName,
      invitees: node.invitees.map(shape),
    });
    expect(tree && shape(tree)).toEqual({
      name: "Root",
      invitees: [
        { name: "Ann", invitees: [{ name: "Cai", invitees: [{ name: "Dee", invitees: [] }] }] },
        { name: "Ben", invitees: [] },
      ],
    });
    expect(forest.some((node) => node.id === ben.id)).toBe(false);
  });
});
