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
  const fields = { clubId: club.id };
  if (club.viewer.membership === "ACTIVE") {
    return (
      <ClubActionButton action={leaveClubAction} fields={fields}>
        Leave club
      </ClubActionButton>
    );
  }
  if (club.viewer.membership === "PENDING") {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <p role="status" className="font-semibold text-ember-700">
          Request pending: an admin will decide.
        </p>
        <ClubActionButton action={leaveClubAction} fields={fields}>
          Withdraw request
        </ClubActionButton>
      </div>
    );
  }
  return (
    <ClubActionButton action={joinClubAction} fields={fields} variant="primary">
      {club.visibility === "OPEN" ? "Join club" : "Ask to join"}
    </ClubActionButton>
  );
}
