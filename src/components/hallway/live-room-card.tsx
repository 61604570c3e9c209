import { useTranslations } from "next-intl";
import { Avatar } from "@/components/people/avatar";
import { OpenRoomLink } from "@/components/room/open-room-link";
import { liveDuration } from "@/lib/format-time";
import type { HallwayRoom } from "@/server/rooms/find-hallway";

export function LiveRoomCard({ room }: { room: HallwayRoom }) {
  const t = useTranslations("hallway");
  const topics = useTranslations("topics");
  const time = useTranslations("time");
  const names = room.speakers.map((speaker) => speaker.displayName).join(", ");
  return (
    <li className="rounded-2xl bg-white shadow-sm transition hover:shadow-md">
      <OpenRoomLink room={room} className="flex flex-col gap-3 rounded-2xl p-5">
        <p className="flex flex-wrap items-center gap-2 text-xs font-semibold uppercase tracking-wide text-ink-600">
          <span className="rounded-full bg-red-700 px-2 py-0.5 text-white">{t("live")}</span>
          <span>{topics(room.topic)}</span>
          {room.clubName && <span>· {room.clubName}</span>}
          {room.followedSpeaking && (
            <span className="text-ember-700">· {t("peopleYouFollow")}</span>
          )}
        </p>
        <h3 className="text-lg font-bold leading-snug">{room.title}</h3>
        {room.speakers.length > 0 && (
          <div className="flex items-center gap-3">
            <span className="flex -space-x-2">
              {room.speakers.map((speaker) => (
                <Avatar
                  key={speaker.id}
                  userId={speaker.id}
                  displayName={speaker.displayName}
                  photoVersion={speaker.photoVersion}
                  size="sm"
                />
              ))}
            </span>
            <span className="text-sm text-ink-600">{names}</span>
          </div>
        )}
        <p className="text-sm text-ink-600">
          {t("roomCounts", { speakers: room.speakerCount, listeners: room.listenerCount })}
          {room.startedAt && ` · ${time("liveFor", liveDuration(room.startedAt))}`}
        </p>
      </OpenRoomLink>
    </li>
  );
}
