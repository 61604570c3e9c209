import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createClub } from "@/server/clubs/create-club";
import { decideMembership } from "@/server/clubs/decide-membership";
import { joinClub } from "@/server/clubs/join-club";
import { leaveClub } from "@/server/clubs/leave-club";
import { manageMember } from "@/server/clubs/manage-member";
import { createTestUser } from "../fixtures/users";

async function statusOf(clubId: string, userId: string) {
  const row = await db.clubMember.findUnique({
    where: { clubId_userId: { clubId, userId } },
    select: { status: true, role: true },
  });
  return row?.status ?? null;
}

describe("club removal", () => {
  it("a member removed from an open club stays out until an admin lets them back", async () => {
    const admin = await createTestUser(db);
    const member = await createTestUser(db);
    const { slug } = await createClub({
      actorId: admin.id,
      input: {
        name: "Open Porch",
        slug: `porch-${admin.username}`,
        description: "",
        topics: [],
        visibility: "OPEN",
      },
    });
    const club = await db.club.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    expect(await joinClub({ actorId: member.id, clubId: club.id })).toEqual({ status: "ACTIVE" });

    await manageMember({ actorId: admin.id, clubId: club.id, userId: member.id, action: "remove" });
    expect(await statusOf(club.id, member.id)).toBe("PENDING");
    // Joining again, or withdrawing and joining again, does not bring them back.
    expect(await joinClub({ actorId: member.id, clubId: club.id })).toEqual({ status: "PENDING" });
    await leaveClub({ actorId: member.id, clubId: club.id });
    expect(await joinClub({ actorId: member.id, clubId: club.id })).toEqual({ status: "PENDING" });

    await decideMembership({
      actorId: admin.id,
      clubId: club.id,
      userId: member.id,
      approve: true,
    });
    expect(await statusOf(club.id, member.id)).toBe("ACTIVE");
    // A member may still leave an open club for good, and come back on their own.
    await leaveClub({ actorId: member.id, clubId: club.id });
    expect(await statusOf(club.id, member.id)).toBeNull();
    expect(await joinClub({ actorId: member.id, clubId: club.id })).toEqual({ status: "ACTIVE" });
  });
});
