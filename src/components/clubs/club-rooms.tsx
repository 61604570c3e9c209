import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { OpenRoomLink } from "@/components/room/open-room-link";
import { liveDuration } from "@/lib/format-time";
import type { ClubPage } from "@/server/clubs/get-club-page";

export function ClubRooms({ club }: { club: ClubPage }) {
  const format = useFormatter();
  const time = useTranslations("time");
  const t = useTranslations("clubs");
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="club-live" className="flex flex-col gap-2">
        <h2 id="club-live" className="text-xl font-bold">
          {t("liveRooms")}
        </h2>
        {club.live.length === 0 && <p className="text-ink-600">{t("nothingLive")}</p>}
        <ul className="flex flex-col gap-2">
          {club.live.map((room) => (
            <li key={room.id}>
              <OpenRoomLink
                room={room}
                className="block rounded-xl bg-white p-4 shadow-sm hover:shadow-md"
              >
                <span className="font-bold">{room.title}</span>
                <span className="block text-sm text-ink-600">
                  {t("listening", { count: room.listenerCount })}
                  {room.startedAt && ` · ${time("liveFor", liveDuration(room.startedAt))}`}
                </span>
              </OpenRoomLink>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="club-upcoming" className="flex flex-col gap-2">
        <h2 id="club-upcoming" className="text-xl font-bold">
          {t("upcoming")}
        </h2>
        {club.upcoming.length === 0 && <p className="text-ink-600">{t("noneScheduled")}</p>}
        <ul className="flex flex-col gap-2">
          {club.upcoming.map((room) => (
            <li key={room.id}>
              <Link
                href={`/events/${room.id}`}
                className="block rounded-xl bg-white p-4 shadow-sm hover:shadow-md"
              >
                <span className="font-bold">{room.title}</span>
                {room.scheduledFor && (
                  <span className="block text-sm text-ink-600">
                    {format.dateTime(room.scheduledFor, "startTime")}
                  </span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
