import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";

export type ListInvitesOptions = { actorId: string };

export type InviteStatus = "pending" | "redeemed" | "expired" | "revoked";

export type InviteSummary = {
  id: string;
  codePrefix: string;
  createdAt: Date;
  expiresAt: Date;
  status: InviteStatus;
  redeemedBy: { username: string; displayName: string } | null;
};

export type InviteOverview = { invitesLeft: number | "unlimited"; invites: InviteSummary[] };

const inviteSummarySelect = {
  id: true,
  codePrefix: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  redeemedAt: true,
  redeemedBy: { select: { username: true, displayName: true } },
} satisfies Prisma.InviteSelect;

type InviteRow = Prisma.InviteGetPayload<{ select: typeof inviteSummarySelect }>;

// Enough for any member's history; admins who mint more see their most recent ones.
const MAX_LISTED = 200;

/** The invites the actor sent, newest first, with what became of each, and what they have left. */
export async function listInvites({ actorId }: ListInvitesOptions): Promise<InviteOverview> {
  const [actor, rows] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: actorId },
      select: { role: true, invitesLeft: true },
    }),
    db.invite.findMany({
      where: { inviterId: actorId },
      orderBy: { createdAt: "desc" },
      take: MAX_LISTED,
      select: inviteSummarySelect,
    }),
  ]);
  const now = new Date();
  return {
    invitesLeft: actor.role === "ADMIN" ? "unlimited" : actor.invitesLeft,
    invites: rows.map((row) => ({
      id: row.id,
      codePrefix: row.codePrefix,
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
      status: statusOf(row, now),
      redeemedBy: row.redeemedBy,
    })),
  };
}

function statusOf(row: InviteRow, now: Date): InviteStatus {
  if (row.redeemedAt) return "redeemed";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt <= now) return "expired";
  return "pending";
}
