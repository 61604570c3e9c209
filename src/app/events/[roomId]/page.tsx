import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import {
  addInviteesAction,
  cancelRoomAction,
  setGuestsAction,
  setRsvpAction,
  startRoomAction,
  updateRoomAction,
} from "@/app/events/[roomId]/actions";
import { AddInviteesForm } from "@/components/events/add-invitees-form";
import { EditEventForm } from "@/components/events/edit-event-form";
import { EditGuestsForm } from "@/components/events/edit-guests-form";
import { EventPeople } from "@/components/events/event-people";
import { HostControls } from "@/components/events/host-controls";
import { RsvpPanel } from "@/components/events/rsvp-panel";
import { StartEventButton } from "@/components/events/start-event-button";
import { AppHeader } from "@/components/layout/app-header";
import { ShareRoomButton } from "@/components/room/share-room-button";
import { SharePreview } from "@/components/sharing/share-preview";
import { getEnv } from "@/env";
import { findCaller } from "@/server/auth/get-caller";
import { listFollowing } from "@/server/follows/list-following";
import { getEvent, type EventPage } from "@/server/rooms/get-event";
import { findRoomShareCard } from "@/server/sharing/find-room-share-card";
import { pageShareMetadata } from "@/server/sharing/page-share-metadata";

type Props = { params: Promise<{ roomId: string }> };

// The link preview as a signed-out visitor may see it: the room's own card, generic unless open.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { roomId } = await params;
  const card = await findRoomShareCard({ roomId });
  return pageShareMetadata({
    card,
    pagePath: `/events/${roomId}`,
    imagePath: `/share-cards/rooms/${roomId}`,
  });
}

function statusNote(room: EventPage): "cancelled" | "ended" | "missed" | null {
  if (room.status === "CANCELLED") return "cancelled";
  if (room.status === "ENDED") return "ended";
  if (room.isMissed) return "missed";
  return null;
}

export default async function EventPage({ params }: Props) {
  const { roomId } = await params;
  const caller = await findCaller();
  // A shared link: the signed-out visitor sees its card and the way in (crawlers read its tags).
  if (!caller) {
    const card = await findRoomShareCard({ roomId });
    return <SharePreview card={card} returnTo={`/events/${roomId}`} />;
  }
  const room = /^[0-9a-f-]{36}$/.test(roomId)
    ? await getEvent({ viewerId: caller.id, roomId })
    : null;
  if (!room) notFound();
  if (room.status === "LIVE") redirect(`/rooms/${room.id}`);
  const note = statusNote(room);
  const canManage = room.isHost && room.status === "SCHEDULED";
  const canStart = room.isCohost && room.status === "SCHEDULED";
  const format = await getFormatter();
  const t = await getTranslations("events");
  const tGuests = await getTranslations("cohosts");
  const following = canManage ? await listFollowing({ userId: caller.id }) : [];
  const topics = await getTranslations("topics");

  return (
    <>
      <AppHeader caller={caller} />
      <main id="main-content" className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-8">
        <article className="flex flex-col gap-3 rounded-2xl bg-white p-6 shadow-sm">
          {room.scheduledFor && (
            <p className="font-semibold text-ember-700">
              {format.dateTime(room.scheduledFor, "startTime")}
            </p>
          )}
          <h1 className="text-3xl font-extrabold tracking-tight">{room.title}</h1>
          <p className="text-ink-600">
            {t.rich("hostedBy", {
              name: room.createdBy.displayName,
              host: (chunks) => (
                <Link href={`/@${room.createdBy.username}`} className="font-semibold underline">
                  {chunks}
                </Link>
              ),
            })}{" "}
            · {topics(room.topic)}
            {room.club && (
              <>
                {" · "}
                <Link href={`/clubs/${room.club.slug}`} className="underline">
                  {room.club.name}
                </Link>
              </>
            )}
            {room.visibility === "CLOSED" && ` · ${t("closedRoom")}`}
          </p>
          {room.description && <p className="whitespace-pre-line">{room.description}</p>}
          <EventPeople host={room.createdBy} cohosts={room.cohosts} speakers={room.speakers} />
          {note && (
            <p role="status" className="rounded-lg bg-stone-100 px-3 py-2 font-medium">
              {t(note)}
            </p>
          )}
          {!note && !room.isHost && !room.isCohost && (
            <p className="text-ink-600">{t("hostWillStart")}</p>
          )}
          {!note && !room.isHost && (
            <p className="font-medium">{tGuests("notified", { count: room.rsvpCount })}</p>
          )}
          {!note && (
            <div className="flex flex-wrap items-center gap-3">
              <RsvpPanel
                action={setRsvpAction}
                roomId={room.id}
                isHost={room.isHost}
                going={room.viewerRsvped}
                count={room.rsvpCount}
              />
              <ShareRoomButton
                url={new URL(`/events/${room.id}`, getEnv().APP_URL).toString()}
                title={room.title}
                size="md"
              />
            </div>
          )}
        </article>

        {canStart && (
          <section
            aria-labelledby="cohost-heading"
            className="flex flex-col gap-3 rounded-2xl bg-white p-6 shadow-sm"
          >
            <h2 id="cohost-heading" className="text-xl font-bold">
              {tGuests("youAreCohost")}
            </h2>
            <p className="text-ink-600">{tGuests("cohostCanStart")}</p>
            <StartEventButton roomId={room.id} startRoomAction={startRoomAction} />
          </section>
        )}

        {canManage && (
          <section
            aria-labelledby="host-heading"
            className="flex flex-col gap-4 rounded-2xl bg-white p-6 shadow-sm"
          >
            <h2 id="host-heading" className="text-xl font-bold">
              {t("youAreHosting")}
            </h2>
            <HostControls
              roomId={room.id}
              startRoomAction={startRoomAction}
              cancelRoomAction={cancelRoomAction}
            />
            {room.visibility === "CLOSED" && (
              <div className="flex flex-col gap-2">
                <h3 className="font-semibold">{t("guestList")}</h3>
                <p className="text-sm text-ink-600">
                  {room.invites.length > 0
                    ? room.invites.map((guest) => `@${guest.username}`).join(", ")
                    : t("nobodyAdded")}
                </p>
                <AddInviteesForm roomId={room.id} action={addInviteesAction} />
              </div>
            )}
            <details>
              <summary className="cursor-pointer font-semibold">{tGuests("editGuests")}</summary>
              <div className="mt-4">
                <EditGuestsForm
                  roomId={room.id}
                  cohosts={room.cohosts.map((person) => person.username)}
                  speakers={room.speakers.map((person) => person.username)}
                  following={following.map(({ username, displayName }) => ({
                    username,
                    displayName,
                  }))}
                  action={setGuestsAction}
                />
              </div>
            </details>
            <details>
              <summary className="cursor-pointer font-semibold">{t("editDetails")}</summary>
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
