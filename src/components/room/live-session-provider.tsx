"use client";

import dynamic from "next/dynamic";
import { usePathname } from "next/navigation";
import type { DisconnectReason, Room } from "livekit-client";
import type * as Livekit from "livekit-client";
import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { ELSEWHERE_TOPIC, elsewhereAnswerSchema, type ElsewhereAnswer } from "@/lib/live/one-room";
import {
  joinRoomResponseSchema,
  roomApiPath,
  type JoinRoomResponse,
  type JoinTicket,
} from "@/lib/live/room-api";
import { clearLiveRoomCookie, setLiveRoomCookie } from "@/lib/live-room-cookie";
import { requestRoom, type RoomRequestFailure } from "./request-room";
import { RoomMediaSession } from "./room-media-session";
import { requestStageRights } from "./stage-rights";
import { subscribeToStageOnly } from "./stage-subscriptions";

/**
 * What the mini-player needs to name the room without asking anyone. A join started from a room
 * link knows no host yet (null); the room page fills it in.
 */
export type LiveRoomSummary = { id: string; title: string; hostName: string | null };

/** Why a session stopped, in the page's words. */
export type SessionEnd = "ended" | "replaced" | "removed" | "left" | "lost";

export type LivePhase =
  | { kind: "joining" }
  | { kind: "live"; joined: JoinRoomResponse; livekitRoom: Room }
  | { kind: "ended" }
  // `title` is a room-catalogue key; `message` is the server's reason, or null for the catalogue's own.
  | { kind: "refused"; title: RefusalTitle; message: string | null }
  | { kind: "replaced" }
  | { kind: "left" }
  // Live in another room from another tab or device: asked before that room is left.
  | { kind: "elsewhere"; other: ElsewhereAnswer["elsewhere"] }
  // `message` null: the connection dropped (said by the room catalogue), not a refused request.
  // `serverErrors`: how many 5xx answers in a row this retrying has met.
  | { kind: "disconnected"; message: string | null; attempt: number; serverErrors: number }
  // The server kept failing (a 5xx, MAX_SERVER_ERRORS times in a row): no more retrying by itself.
  // `reference` names the server's log line, for the person to quote.
  | { kind: "failed"; message: string | null; reference: string | null };

export type RefusalTitle =
  "removedTitle" | "forbiddenTitle" | "unavailableTitle" | "joinRefusedTitle";

/**
 * A join that met this many 5xx answers in a row stops retrying by itself and says so (a server
 * bug answers the same way every time; retrying it forever only promised a recovery that never
 * came). A 503 is the server saying "briefly" (a database failover), so it is retried on.
 */
const MAX_SERVER_ERRORS = 3;

export type LiveSession = {
  room: LiveRoomSummary;
  phase: LivePhase;
  /**
   * The page a link to the room was followed from, while the tab is still on it: the room's own
   * page is on its way, so the mini-player stays off there.
   */
  linkedFrom?: string;
};

/** Whether the session holds (or is getting back) a place in its room. */
export function isActive(phase: LivePhase): boolean {
  return phase.kind === "joining" || phase.kind === "live" || phase.kind === "disconnected";
}

type LiveSessionValue = {
  session: LiveSession | null;
  /**
   * Joins `room` (leaving any other first); a token minted by the page's render is used once.
   * `leaveOthers`: the person agreed to leave the room they are in from another tab or device.
   */
  join: (
    room: LiveRoomSummary,
    minted?: JoinRoomResponse | null,
    options?: { leaveOthers?: boolean },
  ) => void;
  /**
   * A link to `room` was followed: joins at once, while its page is still on the way, unless the
   * tab is in another room (the page then asks before leaving it). A join ticket the link held is
   * spent instead of asking for a token.
   */
  open: (room: LiveRoomSummary, ticket?: JoinTicket | null) => void;
  /** The person leaves on purpose: the room stays closed until they open it again. */
  leave: () => void;
  rejoin: () => void;
};

/** One join of one room: later events of an earlier attempt are ignored. */
type Attempt = { roomId: string; livekitRoom: Room | null; leaving: boolean; active: boolean };

const LiveSessionContext = createContext<LiveSessionValue | null>(null);

// LiveKit's client is most of a room's JavaScript: pages load it only once someone joins (or the
// browser is idle on a page that links to a room).
const loadLivekit = () => import("livekit-client");
const LiveDock = dynamic(() => import("./live-dock").then((module) => module.LiveDock), {
  ssr: false,
});

/**
 * Owns the one LiveKit `Room` of this tab, above the pages, so listening survives navigation: the
 * room page shows the whole room, every other page a mini-player. One session at a time.
 */
export function LiveSessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<LiveSession | null>(null);
  const current = useRef<Attempt | null>(null);
  // A token from a page render is spent once: the router may show a cached render again later.
  const spentTokens = useRef(new Set<string>());
  // The usual join (a token from the server), for a join ticket that could not be spent.
  const joinUsually = useRef<(room: LiveRoomSummary) => void>(() => undefined);

  const setPhase = useCallback((attempt: Attempt, phase: LivePhase) => {
    if (current.current !== attempt) return;
    attempt.active = isActive(phase);
    setSession((now) => (now && now.room.id === attempt.roomId ? { ...now, phase } : now));
    if (attempt.active) setLiveRoomCookie(attempt.roomId);
    else clearLiveRoomCookie();
  }, []);

  const start = useCallback(
    async (
      room: LiveRoomSummary,
      minted: JoinRoomResponse | null,
      attempt: number,
      serverErrors = 0,
      leaveOthers = false,
      ticketed = false,
    ) => {
      const previous = current.current;
      const mine: Attempt = { roomId: room.id, livekitRoom: null, leaving: false, active: true };
      current.current = mine;
      if (previous?.livekitRoom) {
        previous.leaving = true;
        void previous.livekitRoom.disconnect();
      }
      setSession({ room, phase: { kind: "joining" } });
      setLiveRoomCookie(room.id);

      const usable = minted && !spentTokens.current.has(minted.token) ? minted : null;
      if (usable) spentTokens.current.add(usable.token);
      const [answer, livekit] = await Promise.all([
        usable ? ({ ok: true, joined: usable } as const) : requestToken(room.id, leaveOthers),
        loadLivekit(),
      ]);
      if (current.current !== mine || mine.leaving) return;
      if (!answer.ok) {
        setPhase(mine, refusal(answer.failure, attempt, serverErrors));
        return;
      }
      if ("elsewhere" in answer) {
        setPhase(mine, { kind: "elsewhere", other: answer.elsewhere });
        return;
      }

      const livekitRoom = new livekit.Room({ adaptiveStream: false, dynacast: false });
      mine.livekitRoom = livekitRoom;
      // The person joined another room from another tab or device: the removal that follows is theirs.
      let wentElsewhere = false;
      livekitRoom.on(livekit.RoomEvent.DataReceived, (_payload, from, _kind, topic) => {
        if (topic === ELSEWHERE_TOPIC && !from) wentElsewhere = true;
      });
      // A ticket that could not be spent (it ran out, or its admission was refused on arrival):
      // the usual join follows, which answers with the server's own reason if there is one.
      const joinWithoutTicket = () => {
        if (current.current === mine) joinUsually.current(room);
      };
      livekitRoom.on(livekit.RoomEvent.Disconnected, (reason?: DisconnectReason) => {
        const why = endOf(reason, livekit.DisconnectReason);
        if (ticketed && why === "removed" && !wentElsewhere) {
          joinWithoutTicket();
          return;
        }
        if (wentElsewhere && why === "removed") {
          setPhase(mine, { kind: "left" });
          return;
        }
        // Only the person's own "Leave" counts as leaving; anything else client-side is a loss.
        setPhase(mine, phaseAfter(why === "left" && !mine.leaving ? "lost" : why));
      });
      // Only the people the server lists on stage are heard, not whoever LiveKit lets publish.
      subscribeToStageOnly(livekitRoom);
      setPhase(mine, { kind: "live", joined: answer.joined, livekitRoom });
      // Tokens let nobody publish: people on stage ask for their rights beside the connect.
      void requestStageRights(livekitRoom, room.id, answer.joined.role);
      try {
        await livekitRoom.connect(answer.joined.serverUrl, answer.joined.token, {
          autoSubscribe: false,
        });
        // A new room starts with its host muted: the microphone goes live when they unmute
        // ("You're live — unmute when ready", go-live-moment.tsx), never by itself.
      } catch (error) {
        console.warn("LiveKit:", error instanceof Error ? error.message : error);
        if (ticketed) joinWithoutTicket();
      }
    },
    [setPhase],
  );

  useEffect(() => {
    joinUsually.current = (room) => void start(room, null, 0);
  }, [start]);

  const join = useCallback(
    (
      room: LiveRoomSummary,
      minted?: JoinRoomResponse | null,
      options?: { leaveOthers?: boolean },
    ) => {
      const now = current.current;
      if (now?.roomId === room.id && now.active) {
        // Joined from a link, before the page named the room's host.
        setSession((known) =>
          known && known.room.id === room.id && known.room.hostName !== room.hostName
            ? { ...known, room }
            : known,
        );
        return;
      }
      void start(room, minted ?? null, 0, 0, options?.leaveOthers === true);
    },
    [start],
  );

  const open = useCallback(
    (room: LiveRoomSummary, ticket?: JoinTicket | null) => {
      if (current.current?.active) return;
      void start(room, ticket ?? null, 0, 0, false, Boolean(ticket));
      const linkedFrom = window.location.pathname;
      setSession((now) => (now && now.room.id === room.id ? { ...now, linkedFrom } : now));
    },
    [start],
  );

  // Once the tab has left the page the link was on, that page is like any other again.
  const pathname = usePathname();
  if (session?.linkedFrom !== undefined && session.linkedFrom !== pathname) {
    setSession({ room: session.room, phase: session.phase });
  }

  const leave = useCallback(() => {
    const mine = current.current;
    if (!mine) return;
    mine.leaving = true;
    if (mine.livekitRoom) void mine.livekitRoom.disconnect();
    else setPhase(mine, { kind: "left" });
  }, [setPhase]);

  const rejoin = useCallback(() => {
    if (!session) return;
    const { phase } = session;
    if (phase.kind === "disconnected") {
      void start(session.room, null, phase.attempt + 1, phase.serverErrors);
      return;
    }
    void start(session.room, null, 0);
  }, [session, start]);

  // After a network drop LiveKit gives up on, come back by ourselves: when the browser is online
  // again, or after a growing pause.
  const retryAttempt = session?.phase.kind === "disconnected" ? session.phase.attempt : null;
  const serverErrors = session?.phase.kind === "disconnected" ? session.phase.serverErrors : 0;
  useEffect(() => {
    if (retryAttempt === null || !session) return;
    const room = session.room;
    const retry = () => void start(room, null, retryAttempt + 1, serverErrors);
    const timer = window.setTimeout(retry, Math.min(30_000, 2_000 * 2 ** retryAttempt));
    window.addEventListener("online", retry);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("online", retry);
    };
  }, [retryAttempt, serverErrors, session, start]);

  // The cookie tells the room page's render not to mint a second token for this browser; a closed
  // or reloaded tab is no longer in any room.
  useEffect(() => {
    const forget = () => clearLiveRoomCookie();
    window.addEventListener("pagehide", forget);
    return () => window.removeEventListener("pagehide", forget);
  }, []);

  usePreloadWhenIdle();

  const value = useMemo(
    () => ({ session, join, open, leave, rejoin }),
    [session, join, open, leave, rejoin],
  );
  const livekitRoom = session?.phase.kind === "live" ? session.phase.livekitRoom : null;
  return (
    <LiveSessionContext value={value}>
      {children}
      <RoomMediaSession session={session} leave={leave} rejoin={rejoin} />
      {session && livekitRoom && <LiveDock session={session} livekitRoom={livekitRoom} />}
    </LiveSessionContext>
  );
}

export function useLiveSession(): LiveSessionValue {
  const value = use(LiveSessionContext);
  if (!value) throw new Error("useLiveSession needs LiveSessionProvider (src/app/layout.tsx)");
  return value;
}

/** On a page that links to a live room, fetch what a join loads while the browser is idle. */
function usePreloadWhenIdle() {
  useEffect(() => {
    if (!document.querySelector('a[href^="/rooms/"]')) return;
    // What a join loads: LiveKit's client, the dock that plays the room, and the room's live view
    // (rendered while the connection opens, so loading it then competes with connecting).
    const preload = () => {
      void loadLivekit();
      void import("./live-dock");
      void import("./live-session");
    };
    // Safari has no requestIdleCallback: a short pause after the page settles does instead.
    const idle: unknown = Reflect.get(window, "requestIdleCallback");
    if (typeof idle !== "function") {
      const timer = window.setTimeout(preload, 200);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(preload);
    return () => window.cancelIdleCallback(handle);
  }, []);
}

type TokenAnswer =
  | { ok: true; joined: JoinRoomResponse }
  | ({ ok: true } & ElsewhereAnswer)
  | { ok: false; failure: RoomRequestFailure };

async function requestToken(roomId: string, leaveOthers: boolean): Promise<TokenAnswer> {
  const result = await requestRoom(roomApiPath(roomId, "token"), {
    ...(leaveOthers ? { body: { leaveOthers: true } } : {}),
  });
  if (!result.ok) return { ok: false, failure: result };
  const elsewhere = elsewhereAnswerSchema.safeParse(result.data);
  if (elsewhere.success) return { ok: true, elsewhere: elsewhere.data.elsewhere };
  const joined = joinRoomResponseSchema.safeParse(result.data);
  if (!joined.success) {
    // No reason of the server's to show: the page words it from the catalogue.
    return { ok: false, failure: { ok: false, status: 0, message: null } };
  }
  return { ok: true, joined: joined.data };
}

function endOf(
  reason: DisconnectReason | undefined,
  reasons: typeof Livekit.DisconnectReason,
): SessionEnd {
  switch (reason) {
    case reasons.ROOM_DELETED:
    case reasons.ROOM_CLOSED:
      return "ended";
    case reasons.DUPLICATE_IDENTITY:
      return "replaced";
    case reasons.PARTICIPANT_REMOVED:
      return "removed";
    case reasons.CLIENT_INITIATED:
      return "left";
    default:
      return "lost";
  }
}

function phaseAfter(why: SessionEnd): LivePhase {
  switch (why) {
    case "ended":
      return { kind: "ended" };
    case "replaced":
      return { kind: "replaced" };
    case "removed":
      return { kind: "refused", title: "removedTitle", message: null };
    case "left":
      return { kind: "left" };
    case "lost":
      return { kind: "disconnected", message: null, attempt: 0, serverErrors: 0 };
  }
}

/**
 * What a refused join becomes. Retried by itself: Hearth unreachable (0), a 429 (its wait ends) and
 * a 503 (briefly unavailable). Not retried: any other 4xx (asking again gets the same answer), and
 * a 5xx once it has come MAX_SERVER_ERRORS times in a row.
 */
function refusal(failure: RoomRequestFailure, attempt: number, serverErrors: number): LivePhase {
  const { status, message } = failure;
  if (status === 409) return { kind: "ended" };
  if (status === 403) return { kind: "refused", title: "forbiddenTitle", message };
  if (status === 404 || status === 401) {
    return { kind: "refused", title: "unavailableTitle", message };
  }
  if (status >= 400 && status < 500 && status !== 429) {
    return { kind: "refused", title: "joinRefusedTitle", message };
  }
  const failedAgain = status >= 500 && status !== 503 ? serverErrors + 1 : 0;
  if (failedAgain >= MAX_SERVER_ERRORS) {
    return { kind: "failed", message, reference: failure.reference ?? null };
  }
  return { kind: "disconnected", message, attempt, serverErrors: failedAgain };
}
