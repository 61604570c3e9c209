import Link from "next/link";
import { RevokeInviteButton } from "@/components/invites/revoke-invite-button";
import type { ActionResult } from "@/server/actions/action-result";
import type { InviteStatus, InviteSummary } from "@/server/invites/list-invites";

type RevokeResult = ActionResult<{ inviteId: string }>;

type InviteListProps = {
  invites: InviteSummary[];
  revokeAction: (previous: RevokeResult, formData: FormData) => Promise<RevokeResult>;
};

const date = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

const badge: Record<InviteStatus, { label: string; className: string }> = {
  pending: { label: "Pending", className: "bg-amber-100 text-amber-900" },
  redeemed: { label: "Redeemed", className: "bg-emerald-100 text-emerald-900" },
  expired: { label: "Expired", className: "bg-stone-200 text-stone-800" },
  revoked: { label: "Revoked", className: "bg-stone-200 text-stone-800" },
};

/** The invites a member sent, with what became of each; unused ones can be withdrawn. */
export function InviteList({ invites, revokeAction }: InviteListProps) {
  if (invites.length === 0) {
    return <p className="text-ink-600">You have not sent any invites yet.</p>;
  }
  return (
    <ul className="flex flex-col divide-y divide-stone-200">
      {invites.map((invite) => (
        <li key={invite.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
          <div className="flex flex-col gap-0.5">
            <p className="flex items-center gap-2">
              <span className="font-mono font-semibold">{invite.codePrefix}…</span>
              <span
                className={`rounded-full px-2 py-0.5 text-xs font-semibold ${badge[invite.status].className}`}
              >
                {badge[invite.status].label}
              </span>
            </p>
            <p className="text-sm text-ink-600">
              <InviteDetail invite={invite} />
            </p>
          </div>
          {(invite.status === "pending" || invite.status === "expired") && (
            <RevokeInviteButton
              action={revokeAction}
              inviteId={invite.id}
              codePrefix={invite.codePrefix}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

function InviteDetail({ invite }: { invite: InviteSummary }) {
  const created = `Created ${date.format(invite.createdAt)}`;
  if (invite.redeemedBy) {
    return (
      <>
        Joined as{" "}
        <Link
          href={`/@${invite.redeemedBy.username}`}
          className="font-medium text-ember-700 underline"
        >
          {invite.redeemedBy.displayName} (@{invite.redeemedBy.username})
        </Link>
      </>
    );
  }
  if (invite.status === "pending") return `${created} · expires ${date.format(invite.expiresAt)}`;
  if (invite.status === "expired") return `${created} · expired ${date.format(invite.expiresAt)}`;
  return created;
}
