import type { ReactNode } from "react";
import type { StageRole } from "@/lib/live/roles";

// The stage and the audience hold still: every tile of a section is one fixed size whatever it
// shows (a name on one line or two, a badge, a moderation button), a section is never shorter than
// one row of tiles, and the page's first paint (RoomSkeleton) draws tiles of the same size. No
// LiveKit here: the skeleton renders on the server, before LiveKit's client has loaded.

export type Seat = "stage" | "audience";

/** One tile: avatar wrapper (p-1 + size-20 or size-12), two lines of name, and on stage a badge row. */
const TILE_HEIGHT: Record<Seat, string> = { stage: "h-38", audience: "h-24" };
/** A section's list area is at least one row tall, so an empty section is as tall as a full row. */
const ROW_MIN_HEIGHT: Record<Seat, string> = { stage: "min-h-38", audience: "min-h-24" };
const AVATAR_SIZE: Record<Seat, string> = { stage: "size-20", audience: "size-12" };

export function tileClass(seat: Seat): string {
  return `relative flex w-24 shrink-0 flex-col items-center gap-1 text-center ${TILE_HEIGHT[seat]}`;
}

/** Two lines, always: a short name reserves the second line, a long one is clamped to it. */
export const TILE_NAME_CLASS =
  "line-clamp-2 h-[2.5em] w-full text-sm leading-tight font-semibold break-words whitespace-normal";
/** The badge row of a stage tile, reserved whether or not there is a badge. */
export const TILE_BADGE_ROW_CLASS = "flex h-5 items-center";

type PeopleFrameProps = {
  id: string;
  title: string;
  count: number | null;
  seat: Seat;
  children: ReactNode;
};

/** The stage or the audience: a labelled region, its list area at least one row of tiles tall. */
export function PeopleFrame({ id, title, count, seat, children }: PeopleFrameProps) {
  return (
    <section aria-labelledby={id} className="rounded-2xl bg-white p-5 shadow-sm">
      <h2 id={id} className="mb-4 text-sm font-bold tracking-wide text-ink-600 uppercase">
        {title} {count !== null && <span className="font-normal">({count})</span>}
      </h2>
      <div className={ROW_MIN_HEIGHT[seat]}>{children}</div>
    </section>
  );
}

/** The tiles' list: three to a row on a phone, as many as fit on a wider screen. */
export function TileList({ children }: { children: ReactNode }) {
  return <ul className="flex flex-wrap gap-3">{children}</ul>;
}

/** Grey stand-ins for people who are there but not yet known to this page (it is connecting). */
export function PlaceholderTiles({ seat, count }: { seat: Seat; count: number }) {
  if (count <= 0) return null;
  return (
    <ul aria-hidden="true" className="flex flex-wrap gap-3">
      {Array.from({ length: count }, (_, index) => (
        <li key={index} className={tileClass(seat)}>
          <span className="rounded-full p-1">
            <span
              className={`block animate-pulse rounded-full bg-stone-200 ${AVATAR_SIZE[seat]}`}
            />
          </span>
          <span className="block h-[2.5em] w-full text-sm">
            <span className="mx-auto mt-1 block h-3 w-16 rounded-full bg-stone-200" />
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * What the page expects before LiveKit says: the viewer's role (from the token the page minted)
 * and how many people the stage and the audience hold (the server's count, the viewer included).
 */
export type RoomExpectation = { role: StageRole; stage: number; audience: number };

/**
 * The live room's outer layout, shared by the skeleton and the connected room. From lg up the room
 * fills the screen under the site's header (65 px): its people and chat scroll inside the grid and
 * the control bar sits below that, so on a desktop the bar never covers the chat or anyone.
 */
export const ROOM_MAIN_CLASS =
  "mx-auto flex max-w-5xl flex-col gap-4 px-4 pt-6 lg:h-[calc(100dvh-65px)]";
export const ROOM_GRID_CLASS =
  "grid gap-4 lg:min-h-0 lg:flex-1 lg:grid-cols-[1fr_20rem] lg:items-start lg:overflow-y-auto";
/**
 * The room's control bar, and the skeleton's stand-in for it: one row of controls stuck to the
 * bottom of the screen (64 px on a phone, 68 px wider), the last thing in the page's flow, so at
 * the end of the page it sits below the chat instead of over it; the root's scroll-padding
 * (globals.css) keeps anything scrolled into view or focused above it.
 */
export const CONTROL_BAR_CLASS =
  "sticky bottom-0 z-30 -mx-4 flex flex-wrap items-center gap-1 rounded-t-2xl border-t border-ember-100 bg-ember-50/95 px-2 py-2 backdrop-blur sm:mx-0 sm:gap-2 sm:px-4 sm:py-3";
/** The height of the bar's one row of controls (bar buttons: 48 px on a phone, 44 px wider). */
export const CONTROL_ROW_HEIGHT_CLASS = "h-12 sm:h-11";
/** Notices float over the top of the room: they come and go without moving anything. */
export const ROOM_OVERLAY_CLASS =
  "pointer-events-none fixed inset-x-0 top-4 z-40 flex flex-col items-center gap-2 px-4";
