import { useTranslations } from "next-intl";
import type { RoomView } from "@/server/live/find-room-view";
import {
  CONTROL_BAR_CLASS,
  CONTROL_ROW_HEIGHT_CLASS,
  PeopleFrame,
  PlaceholderTiles,
  ROOM_GRID_CLASS,
  ROOM_MAIN_CLASS,
  ROOM_OVERLAY_CLASS,
  type RoomExpectation,
} from "./people-frame";
import { RoomHeader } from "./room-header";

type RoomSkeletonProps = { room: RoomView; shareUrl: string; expected: RoomExpectation };

/**
 * The room page's first paint, rendered on the server before LiveKit's client loads: the real
 * header, and the stage, audience, chat and control bar at the size the connected room gives them
 * (LiveRoom), with grey tiles for the people the server knows are there. Nothing of LiveKit here.
 */
export function RoomSkeleton({ room, shareUrl, expected }: RoomSkeletonProps) {
  const t = useTranslations("room");
  const moderates = expected.role === "host" || expected.role === "moderator";
  return (
    <main id="main-content" className={ROOM_MAIN_CLASS}>
      <div className={ROOM_OVERLAY_CLASS}>
        <p
          role="status"
          className="rounded-2xl bg-amber-100 px-4 py-3 text-center font-semibold text-amber-900 shadow-md"
        >
          {t("joining")}
        </p>
      </div>
      <RoomHeader room={room} listenerCount={expected.audience} shareUrl={shareUrl} />
      <div className={ROOM_GRID_CLASS}>
        <div className="flex flex-col gap-4">
          <PeopleFrame
            id="stage-heading"
            title={t("stageHeading")}
            count={expected.stage}
            seat="stage"
          >
            <PlaceholderTiles seat="stage" count={expected.stage} />
          </PeopleFrame>
          <PeopleFrame
            id="audience-heading"
            title={t("listeningHeading")}
            count={expected.audience}
            seat="audience"
          >
            <PlaceholderTiles seat="audience" count={expected.audience} />
          </PeopleFrame>
        </div>
        <div className="flex flex-col gap-4">
          {/* The moderation panel's size with an empty hand queue (ModeratorTools). */}
          {moderates && <div aria-hidden="true" className="h-36 rounded-2xl bg-white shadow-sm" />}
          <ChatPlaceholder title={t("chatHeading")} />
        </div>
      </div>
      <ControlsPlaceholder />
    </main>
  );
}

/** ChatPanel's frame before any message: heading, the log's least height, the message row. */
function ChatPlaceholder({ title }: { title: string }) {
  return (
    <section aria-label={title} className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm">
      <h2 className="text-sm font-bold tracking-wide text-ink-600 uppercase">{title}</h2>
      <div aria-hidden="true" className="h-24" />
      <div aria-hidden="true" className="flex flex-col gap-2">
        <div className="h-11 rounded-full border border-stone-200" />
        <div className="h-5" />
      </div>
    </section>
  );
}

/** RoomControls' bar at its size: one row of compact buttons, sticky at the bottom as the real bar is. */
function ControlsPlaceholder() {
  return (
    <div aria-hidden="true" className={CONTROL_BAR_CLASS}>
      <div className={CONTROL_ROW_HEIGHT_CLASS} />
    </div>
  );
}
