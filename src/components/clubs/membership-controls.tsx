import { useTranslations } from "next-intl";
import { ClubActionButton } from "@/components/clubs/club-action-button";
import type { FormAction } from "@/server/actions/action-result";
import type { ClubPage } from "@/server/clubs/get-club-page";

type MembershipControlsProps = {
  club: ClubPage;
  joinClubAction: FormAction<unknown>;
  leaveClubAction: FormAction<unknown>;
};

export function MembershipControls({
  club,
  joinClubAction,
  leaveClubAction,
}: MembershipControlsProps) {
  const t = useTranslations("clubs");
  const fields = { clubId: club.id };
  if (club.viewer.membership === "ACTIVE") {
    return (
      <ClubActionButton action={leaveClubAction} fields={fields}>
        {t("leaveClub")}
      </ClubActionButton>
    );
  }
  if (club.viewer.membership === "PENDING") {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <p role="status" className="font-semibold text-ember-700">
          {t("pendingNote")}
        </p>
        <ClubActionButton action={leaveClubAction} fields={fields}>
          {t("withdrawRequest")}
        </ClubActionButton>
      </div>
    );
  }
  return (
    <ClubActionButton action={joinClubAction} fields={fields} variant="primary">
      {club.visibility === "OPEN" ? t("joinClub") : t("askToJoin")}
    </ClubActionButton>
  );
}
