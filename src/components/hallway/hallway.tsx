import { Plus } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { AutoRefresh } from "@/components/hallway/auto-refresh";
import { LiveRoomCard } from "@/components/hallway/live-room-card";
import { Suggestions } from "@/components/hallway/suggestions";
import { TopicFilter } from "@/components/hallway/topic-filter";
import { Button } from "@/components/ui/button";
import type { RoomTopicValue } from "@/lib/topics";
import type { Hallway as HallwayData } from "@/server/rooms/find-hallway";
import type { Suggestions as SuggestionsData } from "@/server/suggestions/suggest-for-newcomer";

type HallwayProps = {
  hallway: HallwayData;
  topic: RoomTopicValue | undefined;
  suggestions: SuggestionsData | null;
};

export function Hallway({ hallway, topic, suggestions }: HallwayProps) {
  const t = useTranslations("hallway");
  const topics = useTranslations("topics");
  const format = useFormatter();
  return (
    <main id="main-content" className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">
      <AutoRefresh seconds={5} />
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-extrabold tracking-tight">{t("title")}</h1>
        <Button asChild>
          <Link href="/rooms/new">
            <Plus aria-hidden="true" />
            {t("startRoom")}
          </Link>
        </Button>
      </div>
      <TopicFilter current={topic} />

      <section aria-labelledby="live-heading" className="flex flex-col gap-3">
        <h2 id="live-heading" className="text-xl font-bold">
          {t("liveNow")}
        </h2>
        {hallway.live.length > 0 ? (
          <ul className="grid gap-4 md:grid-cols-2">
            {hallway.live.map((room) => (
              <LiveRoomCard key={room.id} room={room} />
            ))}
          </ul>
        ) : (
          <div className="rounded-2xl bg-white p-8 text-center shadow-sm">
            <p className="text-lg font-semibold">
              {topic ? t("noLiveRoomsInTopic", { topic: topics(topic) }) : t("noLiveRooms")}
            </p>
            <p className="mt-1 text-ink-600">
              {t.rich("startOne", {
                link: (chunks) => (
                  <Link href="/rooms/new" className="font-semibold text-ember-700 underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          </div>
        )}
      </section>

      {suggestions && <Suggestions suggestions={suggestions} />}

      <section aria-labelledby="upcoming-heading" className="flex flex-col gap-3">
        <h2 id="upcoming-heading" className="text-xl font-bold">
          {t("upcoming")}
        </h2>
        {hallway.upcoming.length > 0 ? (
          <ul className="flex flex-col divide-y divide-ember-100 rounded-2xl bg-white shadow-sm">
            {hallway.upcoming.map((room) => (
              <li key={room.id}>
                <Link
                  href={`/events/${room.id}`}
                  className="flex flex-col gap-1 px-5 py-4 hover:bg-ember-50"
                >
                  <time
                    dateTime={room.scheduledFor.toISOString()}
                    className="text-sm font-semibold text-ember-700"
                  >
                    {format.dateTime(room.scheduledFor, "startTime")}
                  </time>
                  <span className="font-bold">{room.title}</span>
                  <span className="text-sm text-ink-600">
                    {t("hostedBy", { name: room.hostName })} · {topics(room.topic)}
                    {room.clubName && ` · ${room.clubName}`}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-ink-600">{t("nothingScheduled")}</p>
        )}
      </section>
    </main>
  );
}
