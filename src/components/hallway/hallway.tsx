import Link from "next/link";
import { AutoRefresh } from "@/components/hallway/auto-refresh";
import { LiveRoomCard } from "@/components/hallway/live-room-card";
import { TopicFilter } from "@/components/hallway/topic-filter";
import { formatStartTime } from "@/lib/format-time";
import { TOPIC_LABELS, type RoomTopicValue } from "@/lib/topics";
import type { Hallway as HallwayData } from "@/server/rooms/find-hallway";

type HallwayProps = { hallway: HallwayData; topic: RoomTopicValue | undefined };

export function Hallway({ hallway, topic }: HallwayProps) {
  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">
      <AutoRefresh seconds={5} />
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-extrabold tracking-tight">Hallway</h1>
        <Link
          href="/rooms/new"
          className="rounded-full bg-ember-600 px-5 py-2 font-semibold text-white hover:bg-ember-700"
        >
          Start a room
        </Link>
      </div>
      <TopicFilter current={topic} />

      <section aria-labelledby="live-heading" className="flex flex-col gap-3">
        <h2 id="live-heading" className="text-xl font-bold">
          Live now
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
              No rooms live right now{topic ? ` in ${TOPIC_LABELS[topic]}` : ""}
            </p>
            <p className="mt-1 text-ink-600">
              <Link href="/rooms/new" className="font-semibold text-ember-700 underline">
                Start one
              </Link>{" "}
              and the people who follow you will see it here.
            </p>
          </div>
        )}
      </section>

      <section aria-labelledby="upcoming-heading" className="flex flex-col gap-3">
        <h2 id="upcoming-heading" className="text-xl font-bold">
          Upcoming
        </h2>
        {hallway.upcoming.length > 0 ? (
          <ul className="flex flex-col divide-y divide-ember-100 rounded-2xl bg-white shadow-sm">
            {hallway.upcoming.map((room) => (
              <li key={room.id}>
                <Link
                  href={`/events/${room.id}`}
                  className="flex flex-col gap-1 px-5 py-4 hover:bg-ember-50"
                >
                  <span className="text-sm font-semibold text-ember-700">
                    {formatStartTime(room.scheduledFor)}
                  </span>
                  <span className="font-bold">{room.title}</span>
                  <span className="text-sm text-ink-600">
                    Hosted by {room.hostName} · {TOPIC_LABELS[room.topic]}
                    {room.clubName && ` · ${room.clubName}`}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-ink-600">
            Nothing scheduled yet. Schedule a room to let people plan for it.
          </p>
        )}
      </section>
    </main>
  );
}
