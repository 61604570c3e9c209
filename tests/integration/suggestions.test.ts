import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { isNewcomer, suggestForNewcomer } from "@/server/suggestions/suggest-for-newcomer";
import { createTestUser } from "../fixtures/users";

describe("suggestions for a newcomer", () => {
  it("suggests who invited them, whom their inviter follows and people on their topics, never someone blocked or followed", async () => {
    const inviter = await createTestUser(db, { displayName: "Inviter" });
    const newcomer = await createTestUser(db, { invitedById: inviter.id });
    const friendOfInviter = await createTestUser(db, { displayName: "Inviter's friend" });
    const chessPlayer = await createTestUser(db, { displayName: "Chess player" });
    const blocker = await createTestUser(db, { displayName: "Blocker" });
    const alreadyFollowed = await createTestUser(db, { displayName: "Already followed" });
    await db.user.update({ where: { id: newcomer.id }, data: { topics: ["GAMES"] } });
    await db.user.updateMany({
      where: { id: { in: [chessPlayer.id, blocker.id, alreadyFollowed.id] } },
      data: { topics: ["GAMES", "SPORTS"] },
    });
    await db.follow.create({ data: { followerId: inviter.id, followeeId: friendOfInviter.id } });
    await db.follow.create({ data: { followerId: newcomer.id, followeeId: alreadyFollowed.id } });
    await db.block.create({ data: { blockerId: blocker.id, blockedId: newcomer.id } });
    const club = await db.club.create({
      data: {
        slug: "board-games",
        name: "Board games",
        topics: ["GAMES"],
        createdById: inviter.id,
      },
      select: { id: true },
    });

    const { people, clubs } = await suggestForNewcomer({ viewerId: newcomer.id });
    expect(people.map((person) => [person.displayName, person.reason, person.topic])).toEqual([
      ["Inviter", "invitedYou", null],
      ["Inviter's friend", "followedByInviter", null],
      ["Chess player", "sharesTopic", "GAMES"],
    ]);
    expect(clubs).toEqual([
      { id: club.id, slug: "board-games", name: "Board games", topic: "GAMES" },
    ]);
    expect(await isNewcomer({ viewerId: newcomer.id })).toBe(true);
  });
});
