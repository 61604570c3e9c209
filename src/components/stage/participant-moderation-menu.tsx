"use client";

import { useRoomContext } from "@livekit/components-react";
import { Ellipsis } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRoomAction } from "@/components/room/use-room-action";
import { withHandle } from "@/components/room/with-handle";
import { Button } from "@/components/ui/button";
import { readParticipantAttributes } from "@/lib/live/attributes";
import type { StageRole } from "@/lib/live/roles";
import { stageApiPath, type StageAction } from "@/lib/live/room-api";
import { isInvitePending, useInviteClock } from "./use-invite-clock";

type ParticipantModerationMenuProps = {
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

/** A participant's moderation actions, as a labelled group of buttons (keyboard and screen reader). */
export function ParticipantModerationMenu(props: ParticipantModerationMenuProps) {
  const t = useTranslations("stage");
  const [open, setOpen] = useState(false);
  const { run: request, pending, error } = useRoomAction();
  const room = useRoomContext();
  const items = itemsFor(props);
  // The tile re-renders when anyone's attributes change, so this reads the invitation as it is now.
  const attributes = room.getParticipantByIdentity(props.userId)?.attributes ?? {};
  const { speakInvitedAt } = readParticipantAttributes(attributes);
  const now = useInviteClock(props.role === "listener" && speakInvitedAt !== "");
  const invited = props.role === "listener" && isInvitePending(speakInvitedAt, now);
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
    if (result.ok) setOpen(false);
  }

  return (
    <div className="relative flex items-center gap-1">
      <Button
        variant="ghost"
        size="xs"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
        aria-label={t("actionsFor", { who })}
      >
        <Ellipsis aria-hidden="true" />
      </Button>
      {invited && (
        // Moderators see the invitation waiting until the listener joins or declines.
        <span className="rounded-full bg-ember-100 px-2 py-0.5 text-xs font-semibold text-ember-700 shadow-sm ring-2 ring-white">
          {t("invited")}
        </span>
      )}
      {open && (
        <div
          role="group"
          aria-label={t("actionsFor", { who })}
          className="absolute z-10 flex min-w-44 flex-col rounded-xl border border-stone-200 bg-white p-1 shadow"
        >
          {items.map((item) => (
            <Button
              key={item.label}
              variant="menuItem"
              size="sm"
              disabled={pending}
              onClick={() => void run(item)}
            >
              {t(item.label)}
            </Button>
          ))}
        </div>
      )}
      <p role="status" className="text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}
