import Link from "next/link";
import { useTranslations } from "next-intl";
import { ClubActionButton } from "@/components/clubs/club-action-button";
import { Avatar } from "@/components/people/avatar";
import type { FormAction } from "@/server/actions/action-result";
import type { ClubPage } from "@/server/clubs/get-club-page";

type ClubMembersProps = {
  club: ClubPage;
  viewerId: string;
  manageMemberAction: FormAction<unknown>;
};

/** Members, admins first; club admins can promote and remove. */
export function ClubMembers({ club, viewerId, manageMemberAction }: ClubMembersProps) {
  const t = useTranslations("clubs");
  return (
    <ul className="flex flex-col divide-y divide-ember-100">
      {club.members.map(({ user, role }) => (
        <li key={user.id} className="flex flex-wrap items-center gap-3 py-3">
          <Avatar
            userId={user.id}
            displayName={user.displayName}
            size="sm"
            photoVersion={user.photo?.version}
          />
          <Link href={`/@${user.username}`} className="font-semibold hover:underline">
            {user.displayName}
          </Link>
          {role === "ADMIN" && (
            <span className="rounded-full bg-ember-100 px-2 py-0.5 text-xs font-semibold text-ember-700">
              {t("admin")}
            </span>
          )}
          {club.viewer.isAdmin && user.id !== viewerId && (
            <span className="ml-auto flex gap-2">
              {role !== "ADMIN" && (
                <ClubActionButton
                  action={manageMemberAction}
                  fields={{ clubId: club.id, userId: user.id, action: "promote" }}
                  label={t("makeMemberAdmin", { name: user.displayName })}
                >
                  {t("makeAdmin")}
                </ClubActionButton>
              )}
              <ClubActionButton
                action={manageMemberAction}
                fields={{ clubId: club.id, userId: user.id, action: "remove" }}
                variant="danger"
                label={t("removeMember", { name: user.displayName })}
              >
                {t("remove")}
              </ClubActionButton>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
