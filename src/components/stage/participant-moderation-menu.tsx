"use client";

import { useRoomContext } from "@livekit/components-react";
import { useTranslations } from "next-intl";
import { useRoomAction } from "@/components/room/use-room-action";
import { withHandle } from "@/components/room/with-handle";
import { Button } from "@/components/ui/button";
import { readParticipantAttributes } from "@/lib/live/attributes";
import type { StageRole } from "@/lib/live/roles";
import { stageApiPath, type StageAction } from "@/lib/live/room-api";
import { isInvitePending, useInviteClock } from "./use-invite-clock";

export type ParticipantModerationMenuProps = {
  roomId: string;
  /** The person the menu is about: their LiveKit identity (the user id), name and role attribute. */
  userId: string;
  name: string;
  /** Their @handle, beside the free-text name in every label ("" when unknown). */
  username: string;
  role: StageRole;
  /** The viewer's own role and identity; the server checks every action again regardless. */
  viewerRole: StageRole;
  viewerId: string;
};

type MenuLabel =
  | "leaveStage"
  | "inviteToSpeak"
  | "mute"
  | "moveToAudience"
  | "removeModerator"
  | "makeModerator"
  | "removeFromRoom";

/** `label` is a key of the stage catalogue. */
type MenuItem = { label: MenuLabel; action: StageAction; method: "POST" | "DELETE" };

/** What the viewer may do to this person, mirroring the server's rules (docs/moderation.md). */
function itemsFor(props: ParticipantModerationMenuProps): MenuItem[] {
  const { role, viewerRole, userId, viewerId } = props;
  if (userId === viewerId) {
    return role === "speaker" || role === "moderator"
      ? [{ label: "leaveStage", action: "leave", method: "POST" }]
      : [];
  }
  const moderates = viewerRole === "host" || viewerRole === "moderator";
  if (!moderates || role === "host") return [];
  const items: MenuItem[] = [];
  if (role === "listener") items.push({ label: "inviteToSpeak", action: "invite", method: "POST" });
  if (role !== "listener") {
    items.push({ label: "mute", action: "mute", method: "POST" });
    items.push({ label: "moveToAudience", action: "audience", method: "POST" });
  }
  items.push(
    role === "moderator"
      ? { label: "removeModerator", action: "moderator", method: "DELETE" }
      : { label: "makeModerator", action: "moderator", method: "POST" },
  );
  items.push({ label: "removeFromRoom", action: "remove", method: "POST" });
  return items;
}

type ParticipantActionsProps = ParticipantModerationMenuProps & {
  /** Called after an action went through: the person's card closes. */
  onDone?: () => void;
};

/**
 * A participant's stage actions inside their card, as a labelled group of buttons (keyboard and
 * screen reader): invite to speak, mute, move to audience, moderator, remove; or your own Leave the
 * stage. Nothing when the viewer may do none of them.
 */
export function ParticipantModerationMenu(props: ParticipantActionsProps) {
  const t = useTranslations("stage");
  const { run: request, pending, error } = useRoomAction();
  const items = itemsFor(props);
  if (items.length === 0) return null;
  const who = withHandle(props.name, props.username);

  async function run(item: MenuItem) {
    if (item.action === "remove" && !window.confirm(t("confirmRemove", { who }))) {
      return;
    }
    const result = await request(stageApiPath(props.roomId, item.action), {
      method: item.method,
      body: { userId: props.userId },
    });
    if (result.ok) props.onDone?.();
  }

  return (
    <div className="flex flex-col gap-2">
      <div role="group" aria-label={t("actionsFor", { who })} className="flex flex-wrap gap-2">
        {items.map((item) => (
          <Button
            key={item.label}
            variant={item.action === "remove" ? "dangerOutline" : "secondary"}
            size="sm"
            disabled={pending}
            onClick={() => void run(item)}
          >
            {t(item.label)}
          </Button>
        ))}
      </div>
      <p role="status" className="text-sm text-red-700 empty:hidden">
        {error}
      </p>
    </div>
  );
}

/** Moderators see an invitation to speak waiting until the listener joins or declines. */
export function useSpeakInvitationPending(userId: string, role: StageRole): boolean {
  const room = useRoomContext();
  // The tile re-renders when anyone's attributes change, so this reads the invitation as it is now.
  const attributes = room.getParticipantByIdentity(userId)?.attributes ?? {};
  const { speakInvitedAt } = readParticipantAttributes(attributes);
  const now = useInviteClock(role === "listener" && speakInvitedAt !== "");
  return role === "listener" && isInvitePending(speakInvitedAt, now);
}
