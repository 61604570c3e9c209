import "server-only";
import { genericCard, type ShareCard } from "@/lib/sharing/share-card";

export type FindPersonShareCardOptions = { username: string };

/**
 * A member's share card, as a signed-out visitor (a crawler) may see it: always the generic "A
 * member of Hearth" card. Naming the member, their bio or followers would let anyone without an
 * account test which usernames exist (a real one drew a different card from an unknown one) and
 * read the social graph's counts; membership is invite-only, so who is a member is for members.
 * The card is decided without a query, so its timing says nothing either.
 */
export function findPersonShareCard(options: FindPersonShareCardOptions): Promise<ShareCard> {
  void options.username;
  return Promise.resolve(genericCard("person"));
}
