"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { StageRole } from "@/lib/live/roles";
import type { StageAction } from "@/lib/live/room-api";
import { withHandle } from "@/components/room/with-handle";
import { callStage } from "./stage-api";

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
  | "moveMeToAudience"
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
      ? [{ label: "moveMeToAudience", action: "audience", method: "POST" }]
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
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState("");
  const items = itemsFor(props);
  if (items.length === 0) return null;
  const who = withHandle(props.name, props.username);

  async function run(item: MenuItem) {
    if (item.action === "remove" && !window.confirm(t("confirmRemove", { who }))) {
      return;
    }
    setPending(true);
    const result = await callStage(props.roomId, item.action, item.method, {
      userId: props.userId,
    });
    setPending(false);
    setMessage(result.ok ? "" : result.message);
    if (result.ok) setOpen(false);
  }

  return (
    <div className="relative">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
        aria-label={t("actionsFor", { who })}
        className="rounded-full px-2 py-1 hover:bg-ember-100"
      >
        …
      </button>
      {open && (
        <div
          role="group"
          aria-label={t("actionsFor", { who })}
          className="absolute z-10 flex min-w-44 flex-col rounded-xl border border-stone-200 bg-white p-1 shadow"
        >
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              disabled={pending}
              onClick={() => void run(item)}
              className="rounded-lg px-3 py-2 text-left hover:bg-ember-50 disabled:opacity-60"
            >
              {t(item.label)}
            </button>
          ))}
        </div>
      )}
      <p role="status" className="text-sm text-red-700">
        {message}
      </p>
    </div>
  );
}
