import "server-only";
import type { MatchOptInInput } from "@/lib/match/match-api";
import { db } from "@/server/db";

export type OptInToMatchOptions = { userId: string; input: MatchOptInInput };

/** The member confirms they are an adult and says what they like to talk about; asked once. */
export async function optInToMatch({ userId, input }: OptInToMatchOptions): Promise<void> {
  const topics = [...new Set(input.topics)];
  await db.matchTicket.upsert({
    where: { userId },
    create: { userId, topics, adultConfirmedAt: new Date() },
    update: { topics },
  });
}
