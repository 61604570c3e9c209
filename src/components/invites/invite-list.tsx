import Link from "next/link";
import { useTranslations } from "next-intl";
import { CopyAgainButton } from "@/components/invites/copy-again-button";
import { RevokeInviteButton } from "@/components/invites/revoke-invite-button";
import { cn } from "@/components/ui/cn";
import type { ActionResult } from "@/server/actions/action-result";
import type { InviteStatus, InviteSummary } from "@/server/invites/list-invites";

type RevokeResult = ActionResult<{ inviteId: string }>;

type InviteListProps = {
  invites: InviteSummary[];
  revokeAction: (previous: RevokeResult, formData: FormData) => Promise<RevokeResult>;
};

const badge: Record<InviteStatus, string> = {
  pending: "bg-amber-100 text-amber-900",
  redeemed: "bg-emerald-100 text-emerald-900",
  expired: "bg-stone-200 text-stone-800",
  revoked: "bg-stone-200 text-stone-800",
};

/** The invites a member sent, with what became of each; unused ones can be withdrawn. */
export function InviteList({ invites, revokeAction }: InviteListProps) {
  const t = useTranslations("invites");
  if (invites.length === 0) {
    return <p className="text-ink-600">{t("noneSent")}</p>;
  }
  return (
    <ul className="flex flex-col divide-y divide-stone-200">
      {invites.map((invite) => (
        <li key={invite.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
          <div className="flex flex-col gap-0.5">
            <p className="flex items-center gap-2">
              <span className="font-mono font-semibold">{invite.codePrefix}…</span>
              <span
                className={cn(
                  "rounded-full px-2 py-0.5 text-xs font-semibold",
                  badge[invite.status],
                )}
              >
                {t(`status.${invite.status}`)}
              </span>
            </p>
            <p className="text-sm text-ink-600">
              <InviteDetail invite={invite} />
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {invite.status === "pending" && <CopyAgainButton inviteId={invite.id} />}
            {(invite.status === "pending" || invite.status === "expired") && (
              <RevokeInviteButton
                action={revokeAction}
                inviteId={invite.id}
                codePrefix={invite.codePrefix}
              />
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

function InviteDetail({ invite }: { invite: InviteSummary }) {
  const t = useTranslations("invites");
  if (invite.redeemedBy) {
    const { username, displayName } = invite.redeemedBy;
    return t.rich("joinedAs", {
      name: displayName,
      username,
      person: (chunks) => (
        <Link href={`/@${username}`} className="font-medium text-ember-700 underline">
          {chunks}
        </Link>
      ),
    });
  }
  const dates = { created: invite.createdAt, expires: invite.expiresAt };
  if (invite.status === "pending") return t("createdExpires", dates);
  if (invite.status === "expired") return t("createdExpired", dates);
  return t("created", { date: invite.createdAt });
}
