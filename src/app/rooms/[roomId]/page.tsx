import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/layout/app-header";
import { SkipLink } from "@/components/layout/skip-link";
import { PersonActionsProvider } from "@/components/room/person-actions-context";
import { RoomEnded, RoomNotice } from "@/components/room/room-notice";
import { SpatialAudioSeed } from "@/components/room/spatial-audio-choice";
import { ReplayView } from "@/components/replays/replay-view";
import { getEnv } from "@/env";
import { roomParamsSchema } from "@/lib/live/room-api";
import { findCaller } from "@/server/auth/get-caller";
import { countRoomSeats } from "@/server/live/count-room-seats";
import { findRoomView } from "@/server/live/find-room-view";
import { joinDuringRender } from "@/server/live/join-during-render";
import { findReplay } from "@/server/replays/find-replay";
import { findRoomShareCard } from "@/server/sharing/find-room-share-card";
import { findSpatialAudio } from "@/server/users/find-spatial-audio";
import { pageShareMetadata } from "@/server/sharing/page-share-metadata";
import { SharePreview } from "@/components/sharing/share-preview";
import { setBlockAction } from "@/app/u/[username]/block-actions";
import { RoomClient } from "./room-client";
import { deleteReplayAction } from "./replay-actions";

// A key of the a11y catalogue (the SkipLink translates it), not words.
const SKIP_LABEL = "skipToRoomControls";

type RoomPageProps = { params: Promise<{ roomId: string }> };

// The link preview (OpenGraph, Twitter) as a signed-out visitor may see it: generic unless open.
export async function generateMetadata({ params }: RoomPageProps): Promise<Metadata> {
  const { roomId } = await params;
  const card = await findRoomShareCard({ roomId });
  return pageShareMetadata({
    card,
    pagePath: `/rooms/${roomId}`,
    imagePath: `/share-cards/rooms/${roomId}`,
  });
}

// The live room: the server checks who may see it and lets the opener in (a token minted in this
// render); the client island connects through the tab's one LiveKit session.
export default async function RoomPage({ params }: RoomPageProps) {
  const { roomId } = await params;
  const caller = await findCaller();
  // A shared link: the signed-out visitor sees its card and the way in (crawlers read its tags).
  if (!caller) {
    const card = await findRoomShareCard({ roomId });
    return <SharePreview card={card} returnTo={`/rooms/${roomId}`} />;
  }
  if (!roomParamsSchema.safeParse({ roomId }).success) notFound();
  // The join runs beside the page's own queries: the token then arrives with the page.
  const [room, minted, seats, spatialAudio] = await Promise.all([
    findRoomView({ roomId, viewerId: caller.id }),
    joinDuringRender({ roomId, userId: caller.id }),
    countRoomSeats({ roomId, viewerId: caller.id }),
    findSpatialAudio(caller.id),
  ]);
  if (!room) notFound();
  if (room.status === "SCHEDULED") redirect(`/events/${room.id}`);
  // After it ends, the room's address serves its replay (when it has one this viewer may hear).
  const replay =
    room.status === "ENDED" && !room.isRemoved
      ? await findReplay({ roomId: room.id, viewerId: caller.id })
      : null;
  const t = await getTranslations("room");
  const isLive = room.status === "LIVE" && !room.isRemoved;

  return (
    <>
      {/* After the layout's "Skip to main content": the mic and hand sit at the live page's end. */}
      {isLive && <SkipLink to="room-controls" label={SKIP_LABEL} />}
      <AppHeader caller={caller} />
      {room.isRemoved ? (
        <RoomNotice title={t("removedTitle")}>
          <p>{t("removedBody")}</p>
        </RoomNotice>
      ) : isLive ? (
        // A person's card in the room blocks with the profile's own action.
        <PersonActionsProvider blockAction={setBlockAction}>
          <SpatialAudioSeed remembered={spatialAudio} />
          <RoomClient
            room={room}
            shareUrl={new URL(`/rooms/${room.id}`, getEnv().APP_URL).toString()}
            minted={minted}
            seats={seats}
          />
        </PersonActionsProvider>
      ) : replay ? (
        <ReplayView replay={replay} deleteAction={deleteReplayAction} />
      ) : (
        <RoomEnded roomId={room.id} />
      )}
    </>
  );
}
