import { StartAudio } from "@livekit/components-react";
import { useTranslations } from "next-intl";
import { hasStageRole } from "@/lib/live/attributes";
import type { RoomView } from "@/server/live/find-room-view";
import { ChatPanel } from "./chat-panel";
import { ConnectionBanner } from "./connection-banner";
import { ModeratorTools } from "./moderator-tools";
import { OnStageNotice } from "./on-stage-notice";
import { PeopleSection } from "./people-section";
import { RoomControls } from "./room-controls";
import { RoomHeader } from "./room-header";
import { useFloatingReactions } from "./use-room-messages";
import { useRoomPeople } from "./use-room-people";

type LiveRoomProps = { room: RoomView; shareUrl: string; onLeave: () => void };

/**
 * The room while connected: header, stage, audience, chat and controls, all from LiveKit state.
 * Its audio plays from the layout (LiveDock), so it keeps playing on other pages.
 */
export function LiveRoom({ room, shareUrl, onLeave }: LiveRoomProps) {
  const t = useTranslations("room");
  const { stage, audience, me } = useRoomPeople();
  const reactions = useFloatingReactions();
  const role = me?.role ?? "listener";
  const viewer = { roomId: room.id, id: me?.participant.identity ?? "", role };
  const moderates = role === "host" || role === "moderator";

  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-4 px-4 pt-6">
      <ConnectionBanner />
      <StartAudio
        label={t("startAudio")}
        className="rounded-2xl bg-ember-700 px-5 py-3 font-semibold text-white hover:bg-ember-800"
      />
      <RoomHeader room={room} listenerCount={audience.length} shareUrl={shareUrl} />
      <OnStageNotice role={me && hasStageRole(me.participant.attributes) ? me.role : undefined} />
      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <div className="flex flex-col gap-4">
          <PeopleSection
            id="stage-heading"
            title={t("stageHeading")}
            people={stage}
            reactions={reactions}
            empty={t("waitingForHost", { name: room.hostName })}
            viewer={viewer}
          />
          <PeopleSection
            id="audience-heading"
            title={t("listeningHeading")}
            people={audience}
            reactions={reactions}
            empty={t("nobodyListening")}
            viewer={viewer}
          />
        </div>
        <div className="flex flex-col gap-4">
          {moderates && <ModeratorTools roomId={room.id} />}
          <ChatPanel roomId={room.id} />
        </div>
      </div>
      <RoomControls roomId={room.id} role={role} onLeave={onLeave} />
    </main>
  );
}
