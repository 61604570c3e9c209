import "server-only";
import { isWellFormedInviteCode, normalizeInviteCode } from "@/lib/invite-code";
import { db } from "@/server/db";
import { hashInviteCode } from "@/server/invites/invite-code";
import {
  assertRedeemAllowed,
  redeemableInviteWhere,
  refuseInvite,
  type InviteVia,
} from "@/server/invites/redeem-guard";

export type FindRedeemableInviteOptions = {
  code: string;
  ip: string;
  /** The invite page's link (the default) or the typed-code form: a refusal names it so. */
  via?: InviteVia;
};

export type RedeemableInvite = {
  inviter: { id: string; displayName: string; username: string };
};

/**
 * What a newcomer sees before signing up: who invited them. A code that cannot be redeemed counts
 * against the caller's IP like a failed redemption, since this lookup would otherwise be a free
 * oracle for guessing codes.
 */
export async function findRedeemableInvite({
  code,
  ip,
  via = "link",
}: FindRedeemableInviteOptions): Promise<RedeemableInvite> {
  await assertRedeemAllowed(ip);
  const normalized = normalizeInviteCode(code);
  if (!isWellFormedInviteCode(normalized)) throw await refuseInvite({ ip, via, codeHash: null });
  const codeHash = hashInviteCode(normalized);
  const invite = await db.invite.findFirst({
    where: redeemableInviteWhere(codeHash, new Date()),
    select: {
      inviter: { select: { id: true, displayName: true, username: true } },
    },
  });
  if (!invite) throw await refuseInvite({ ip, via, codeHash });
  return invite;
}
