import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import {
  addInviteesAction,
  cancelRoomAction,
  startRoomAction,
  updateRoomAction,
} from "@/app/events/[roomId]/actions";
import { AddInviteesForm } from "@/components/events/add-invitees-form";
import { EditEventForm } from "@/components/events/edit-event-form";
import { HostControls } from "@/components/events/host-controls";
import { AppHeader } from "@/components/layout/app-header";
import { getFormatter } from "next-intl/server";
import { TOPIC_LABELS } from "@/lib/topics";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";
import { getEvent, type EventPage } from "@/server/rooms/get-event";

export const metadata: Metadata = { title: "Scheduled room" };

type Props = { params: Promise<{ roomId: string }> };

function statusNote(room: EventPage): string | null {
  if (room.status === "CANCELLED") return "This room was cancelled.";
  if (room.status === "ENDED") return "This room has ended.";
  if (room.isMissed) return "This room was never started. It was missed.";
  return null;
}

export default async function EventPage({ params }: Props) {
  const { roomId } = await params;
  const caller = await requireCallerOrRedirect(`/events/${roomId}`);
  const room = /^[0-9a-f-]{36}$/.test(roomId)
    ? await getEvent({ viewerId: caller.id, roomId })
    : null;
  if (!room) notFound();
  if (room.status === "LIVE") redirect(`/rooms/${room.id}`);
  const note = statusNote(room);
  const canManage = room.isHost && room.status === "SCHEDULED";
  const format = await getFormatter();

  return (
    <>
      <AppHeader caller={caller} />
      <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-8">
        <article className="flex flex-col gap-3 rounded-2xl bg-white p-6 shadow-sm">
          {room.scheduledFor && (
            <p className="font-semibold text-ember-700">
              {format.dateTime(room.scheduledFor, "startTime")}
            </p>
          )}
          <h1 className="text-3xl font-extrabold tracking-tight">{room.title}</h1>
          <p className="text-ink-600">
            Hosted by{" "}
            <Link href={`/@${room.createdBy.username}`} className="font-semibold underline">
              {room.createdBy.displayName}
            </Link>{" "}
            · {TOPIC_LABELS[room.topic]}
            {room.club && (
              <>
                {" · "}
                <Link href={`/clubs/${room.club.slug}`} className="underline">
                  {room.club.name}
                </Link>
              </>
            )}
            {room.visibility === "CLOSED" && " · Closed room"}
          </p>
          {room.description && <p>{room.description}</p>}
          {note && (
            <p role="status" className="rounded-lg bg-stone-100 px-3 py-2 font-medium">
              {note}
            </p>
          )}
          {!note && !room.isHost && (
            <p className="text-ink-600">
              The host will start the room; it will appear live in your hallway.
            </p>
          )}
        </article>

        {canManage && (
          <section
            aria-labelledby="host-heading"
            className="flex flex-col gap-4 rounded-2xl bg-white p-6 shadow-sm"
          >
            <h2 id="host-heading" className="text-xl font-bold">
              You are hosting
            </h2>
            <HostControls
              roomId={room.id}
              startRoomAction={startRoomAction}
              cancelRoomAction={cancelRoomAction}
            />
            {room.visibility === "CLOSED" && (
              <div className="flex flex-col gap-2">
                <h3 className="font-semibold">Guest list</h3>
                <p className="text-sm text-ink-600">
                  {room.invites.length > 0
                    ? room.invites.map((guest) => `@${guest.username}`).join(", ")
                    : "Nobody added yet."}
                </p>
                <AddInviteesForm roomId={room.id} action={addInviteesAction} />
              </div>
            )}
            <details>
              <summary className="cursor-pointer font-semibold">Edit details</summary>
              <div className="mt-4">
                <EditEventForm
                  room={{ ...room, scheduledFor: (room.scheduledFor ?? new Date()).toISOString() }}
                  action={updateRoomAction}
                />
              </div>
            </details>
          </section>
        )}
      </main>
    </>
  );
}
