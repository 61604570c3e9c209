import "server-only";
import { isWellFormedInviteCode, normalizeInviteCode } from "@/lib/invite-code";
import { db } from "@/server/db";
import { hashInviteCode } from "@/server/invites/invite-code";
import {
  assertRedeemAllowed,
  redeemableInviteWhere,
  refuseInvite,
} from "@/server/invites/redeem-guard";

export type FindRedeemableInviteOptions = { code: string; ip: string };

export type RedeemableInvite = { inviter: { displayName: string; username: string } };

/**
 * What a newcomer sees before signing up: who invited them. A code that cannot be redeemed counts
 * against the caller's IP like a failed redemption, since this lookup would otherwise be a free
 * oracle for guessing codes.
 */
export async function findRedeemableInvite({
  code,
  ip,
}: FindRedeemableInviteOptions): Promise<RedeemableInvite> {
  await assertRedeemAllowed(ip);
  const normalized = normalizeInviteCode(code);
  if (!isWellFormedInviteCode(normalized)) throw await refuseInvite(ip, "malformed");
  const invite = await db.invite.findFirst({
    where: redeemableInviteWhere(hashInviteCode(normalized), new Date()),
    select: { inviter: { select: { displayName: true, username: true } } },
  });
  if (!invite) throw await refuseInvite(ip, "not redeemable");
  return invite;
}
