import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ClipsSwitch } from "@/components/clips/clips-switch";
import { LiveClipButton } from "@/components/clips/live-clip-button";
import { RecordingBadge } from "@/components/replays/recording-badge";
import { ReportDialog } from "@/components/reports/report-dialog";
import type { RoomView } from "@/server/live/find-room-view";
import { RoomTitle } from "./room-title";
import { ShareRoomButton } from "./share-room-button";
import { SpatialAudioSwitch } from "./spatial-audio-switch";

type RoomHeaderProps = {
  room: RoomView;
  listenerCount: number;
  shareUrl: string;
  /** Marks that need the live connection (music mode), after the topic and counts. */
  marks?: ReactNode;
  /** Ways to bring people in besides the link (Ping), after Share. */
  invite?: ReactNode;
};

/**
 * The room's name plate: live, topic, club and count on one line, then the title across the whole
 * width (two lines, then an ellipsis), the description, and Share and Report under it, so a phone
 * never squeezes the title beside the buttons.
 */
export function RoomHeader({ room, listenerCount, shareUrl, marks, invite }: RoomHeaderProps) {
  const t = useTranslations("room");
  const tTopics = useTranslations("topics");
  const tReports = useTranslations("reports");
  return (
    <header className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm">
      <p className="flex flex-wrap items-center gap-2 text-xs font-semibold tracking-wide text-ink-600 uppercase">
        <span className="rounded-full bg-red-700 px-2 py-0.5 text-white">{t("live")}</span>
        {room.isRecorded && <RecordingBadge />}
        <span>{tTopics(room.topic)}</span>
        {room.club && <span>· {room.club.name}</span>}
        <span>· {t("listenerCount", { count: listenerCount })}</span>
        {marks}
      </p>
      <RoomTitle title={room.title} />
      {room.description && <p className="break-words text-ink-600">{room.description}</p>}
      <div className="flex flex-wrap items-center gap-2">
        <ShareRoomButton url={shareUrl} title={room.title} />
        {invite}
        {!room.isHost && (
          <ReportDialog
            subject={{ kind: "ROOM", roomId: room.id }}
            title={tReports("dialogTitleRoom", { title: room.title })}
            triggerLabel={tReports("reportRoom")}
          />
        )}
        {room.canClipLive && <LiveClipButton roomId={room.id} />}
        {room.isHost && room.isRecorded && (
          <ClipsSwitch roomId={room.id} enabled={room.clipsEnabled} />
        )}
        <SpatialAudioSwitch />
      </div>
    </header>
  );
}
