import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/invites/copy-button";
import { RecordingBadge } from "@/components/replays/recording-badge";
import type { RoomView } from "@/server/live/find-room-view";

type RoomHeaderProps = { room: RoomView; listenerCount: number; shareUrl: string };

export function RoomHeader({ room, listenerCount, shareUrl }: RoomHeaderProps) {
  const t = useTranslations("room");
  const tTopics = useTranslations("topics");
  return (
    <header className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm">
      <p className="flex flex-wrap items-center gap-2 text-xs font-semibold tracking-wide text-ink-600 uppercase">
        <span className="rounded-full bg-red-600 px-2 py-0.5 text-white">{t("live")}</span>
        {room.isRecorded && <RecordingBadge />}
        <span>{tTopics(room.topic)}</span>
        {room.club && <span>· {room.club.name}</span>}
        <span>· {t("listenerCount", { count: listenerCount })}</span>
      </p>
      <h1 className="text-2xl font-extrabold tracking-tight">{room.title}</h1>
      {room.description && <p className="text-ink-600">{room.description}</p>}
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor="share-link" className="text-sm font-semibold">
          {t("share")}
        </label>
        <input
          id="share-link"
          readOnly
          value={shareUrl}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-full border border-stone-300 bg-ember-50 px-4 py-1.5 text-sm"
        />
        <CopyButton text={shareUrl} label={t("copyLink")} />
      </div>
    </header>
  );
}
