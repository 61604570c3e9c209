import { useTranslations } from "next-intl";
import { RecordingBadge } from "@/components/replays/recording-badge";
import { ReportDialog } from "@/components/reports/report-dialog";
import type { RoomView } from "@/server/live/find-room-view";
import { ShareRoomButton } from "./share-room-button";

type RoomHeaderProps = { room: RoomView; listenerCount: number; shareUrl: string };

export function RoomHeader({ room, listenerCount, shareUrl }: RoomHeaderProps) {
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
      </p>
      <div className="flex items-start justify-between gap-3">
        <h1 className="min-w-0 text-2xl font-extrabold tracking-tight break-words">{room.title}</h1>
        <div className="flex shrink-0 items-center gap-2">
          {!room.isHost && (
            <ReportDialog
              subject={{ kind: "ROOM", roomId: room.id }}
              title={tReports("dialogTitleRoom", { title: room.title })}
              triggerLabel={tReports("reportRoom")}
            />
          )}
          <ShareRoomButton url={shareUrl} title={room.title} />
        </div>
      </div>
      {room.description && <p className="text-ink-600">{room.description}</p>}
    </header>
  );
}
