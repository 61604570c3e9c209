"use client";

// The join path, one word per step:
// - the server *joins* a person to a room: `joinRoom`, its one statement (src/server/live), run by
//   the token route (`joinOneRoom`) or by the room page's render (`joinDuringRender`);
// - here, the person *enters* a room (their intent: the room page opened, a link followed, a
//   switch agreed, `reenter` after leaving) or a call (`enterCall`);
// - each entry makes one or more *connects* (one attempt: a token, then LiveKit), more when the
//   connection drops and is retried;
// - the person *leaves* on purpose (`leave`, `leaveCall`).
// See docs/live-room.md ("Entering a room").

import { usePathname } from "next/navigation";
import type { DisconnectReason, Room } from "livekit-client";
import {
  createContext,
  startTransition,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { ELSEWHERE_TOPIC } from "@/lib/live/one-room";
import { useOnDemandModule } from "@/lib/on-demand-module";
import type { JoinRoomResponse, JoinTicket } from "@/lib/live/room-api";
import { clearLiveRoomCookie, setLiveRoomCookie } from "@/lib/live-room-cookie";
import { yieldToMain } from "@/lib/yield-to-main";
import { connectCall } from "./connect-call";
import type { CallPhase, CallRequest, LiveCall } from "./live-call";
import {
  isActive,
  type Attempt,
  type LivePhase,
  type LiveRoomSummary,
  type LiveSession,
} from "./live-phase";
import { requestToken } from "./request-token";
import { callDockModule, livekitModule, liveDockModule } from "./room-modules";
import { RoomMediaSession } from "./room-media-session";
import { endOf, phaseAfter, refusal } from "./session-outcome";
import { requestStageRights } from "./stage-rights";
import { subscribeToStageOnly } from "./stage-subscriptions";
import { useLiveRoomCookie } from "./use-live-room-cookie";
import { usePreloadWhenIdle } from "./use-preload-when-idle";
import { untilHeard } from "./until-heard";
import { useRetryAfterDrop, type Retry } from "./use-retry-after-drop";

// The session's types, for the pages that read the session.
export { isActive, type LivePhase, type LiveRoomSummary, type LiveSession };

/**
 * What an entry brings along. `minted`: a token the room page's render minted, used once.
 * `ticket`: the join ticket the followed link held (join-tickets.ts), spent instead of asking for
 * a token. `leaveOthers`: the person agreed to leave the room they are in from another tab or
 * device.
 */
export type EnterOptions = {
  minted?: JoinRoomResponse | null;
  ticket?: JoinTicket | null;
  leaveOthers?: boolean;
};

type LiveSessionValue = {
  session: LiveSession | null;
  /** The call the tab is in (voice match), never at the same time as a room session. */
  call: LiveCall | null;
  /** The room page enters `room`, leaving any other room or call first. */
  enter: (room: LiveRoomSummary, options?: EnterOptions) => void;
  /**
   * A link to `room` was followed: enters at once, unless the tab is in another room (the page then
   * asks before leaving it). Settles once the room is heard (until-heard.ts) or could not be
   * entered: a link holding a ticket waits for that before the room's page loads
   * (open-room-link.tsx).
   */
  enterFromLink: (room: LiveRoomSummary, ticket?: JoinTicket | null) => Promise<void>;
  /** The person leaves on purpose: the room stays closed until they enter it again. */
  leave: () => void;
  /** Enters the session's room again, after leaving it or losing it. */
  reenter: () => void;
  /** Enters a one-to-one call: any room is left first, so one microphone at a time. */
  enterCall: (call: CallRequest) => void;
  /** Leaves the call `id`, if the tab is still in it. */
  leaveCall: (id: string) => void;
};

const LiveSessionContext = createContext<LiveSessionValue | null>(null);

const FIRST_CONNECT: Retry = { attempt: 0, serverErrors: 0 };

/**
 * Owns the one LiveKit `Room` of this tab, above the pages, so listening survives navigation: the
 * room page shows the whole room, every other page a mini-player. One session at a time: a room,
 * or a voice match call.
 */
export function LiveSessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<LiveSession | null>(null);
  const [call, setCall] = useState<LiveCall | null>(null);
  const current = useRef<Attempt | null>(null);
  // A token from a page render is spent once: the router may show a cached render again later.
  const spentTokens = useRef(new Set<string>());
  // A connect without a ticket, for a join ticket that could not be spent.
  const connectWithoutTicket = useRef<(room: LiveRoomSummary) => void>(() => undefined);

  /** The tab's Room goes to `id`'s new attempt; an earlier one is left. */
  const claim = useCallback((id: string): Attempt => {
    const previous = current.current;
    const mine: Attempt = { id, livekitRoom: null, leaving: false, active: true };
    current.current = mine;
    if (previous) {
      previous.leaving = true;
      if (previous.livekitRoom) void previous.livekitRoom.disconnect();
    }
    return mine;
  }, []);

  const setPhase = useCallback((attempt: Attempt, phase: LivePhase) => {
    if (current.current !== attempt) return;
    attempt.active = isActive(phase);
    setSession((now) => (now && now.room.id === attempt.id ? { ...now, phase } : now));
    if (attempt.active) setLiveRoomCookie(attempt.id);
    else clearLiveRoomCookie();
  }, []);

  const connect = useCallback(
    async (
      room: LiveRoomSummary,
      options: EnterOptions = {},
      retry = FIRST_CONNECT,
    ): Promise<Room | null> => {
      const mine = claim(room.id);
      // A transition: React renders "joining" after connect() has started, not before it in the
      // click's own task (about 20 ms on the hallway, with every card re-rendered).
      startTransition(() => {
        setCall(null);
        setSession({ room, phase: { kind: "joining" } });
      });
      setLiveRoomCookie(room.id);

      const { ticket } = options;
      const minted = ticket ?? options.minted;
      const usable = minted && !spentTokens.current.has(minted.token) ? minted : null;
      if (usable) spentTokens.current.add(usable.token);
      const evaluatesLivekit = livekitModule.loaded() === undefined;
      // The dock plays the room: its code is in before the audio is (it is usually preloaded).
      void liveDockModule.load();
      const [answer, livekit] = await Promise.all([
        usable
          ? ({ ok: true, joined: usable } as const)
          : requestToken(room.id, options.leaveOthers === true),
        livekitModule.load(),
      ]);
      // LiveKit's module was evaluated in this very task (a room opened from its link): the
      // connection starts in a task of its own, so neither holds a tap on a phone for the length
      // of both. Preloaded (a hallway card's click), nothing stands between the click and connect.
      if (evaluatesLivekit) await yieldToMain();
      if (current.current !== mine || mine.leaving) return null;
      if (!answer.ok) {
        setPhase(mine, refusal(answer.failure, retry.attempt, retry.serverErrors));
        return null;
      }
      if ("elsewhere" in answer) {
        setPhase(mine, { kind: "elsewhere", other: answer.elsewhere });
        return null;
      }

      const livekitRoom = new livekit.Room({ adaptiveStream: false, dynacast: false });
      mine.livekitRoom = livekitRoom;
      // The person joined another room from another tab or device: the removal that follows is theirs.
      let wentElsewhere = false;
      livekitRoom.on(livekit.RoomEvent.DataReceived, (_payload, from, _kind, topic) => {
        if (topic === ELSEWHERE_TOPIC && !from) wentElsewhere = true;
      });
      // A ticket that could not be spent (it ran out, or its admission was refused on arrival): a
      // token is asked for instead, whose refusal, if any, gives the server's own reason.
      const withoutTicket = () => {
        if (current.current === mine) connectWithoutTicket.current(room);
      };
      livekitRoom.on(livekit.RoomEvent.Disconnected, (reason?: DisconnectReason) => {
        const why = endOf(reason, livekit.DisconnectReason);
        if (ticket && why === "removed" && !wentElsewhere) {
          withoutTicket();
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
        return livekitRoom;
      } catch (error) {
        console.warn("LiveKit:", error instanceof Error ? error.message : error);
        if (ticket) withoutTicket();
        return null;
      }
    },
    [claim, setPhase],
  );
  useEffect(() => {
    connectWithoutTicket.current = (room) => void connect(room);
  }, [connect]);

  const enter = useCallback(
    (room: LiveRoomSummary, options?: EnterOptions) => {
      const now = current.current;
      if (now?.id === room.id && now.active) {
        // Entered from a link, before the page named the room's host.
        setSession((known) =>
          known && known.room.id === room.id && known.room.hostName !== room.hostName
            ? { ...known, room }
            : known,
        );
        return;
      }
      void connect(room, options);
    },
    [connect],
  );

  const enterFromLink = useCallback(
    (room: LiveRoomSummary, ticket?: JoinTicket | null) => {
      if (current.current?.active) return Promise.resolve();
      const connected = connect(room, { ticket: ticket ?? null });
      const linkedFrom = window.location.pathname;
      startTransition(() =>
        setSession((now) => (now && now.room.id === room.id ? { ...now, linkedFrom } : now)),
      );
      return connected.then((livekitRoom) => (livekitRoom ? untilHeard(livekitRoom) : undefined));
    },
    [connect],
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

  const reenter = useCallback(() => {
    if (!session) return;
    const { phase } = session;
    const retry =
      phase.kind === "disconnected"
        ? { attempt: phase.attempt + 1, serverErrors: phase.serverErrors }
        : FIRST_CONNECT;
    void connect(session.room, {}, retry);
  }, [session, connect]);

  const retryConnect = useCallback(
    (room: LiveRoomSummary, retry: Retry) => void connect(room, {}, retry),
    [connect],
  );
  useRetryAfterDrop(session, retryConnect);

  const enterCall = useCallback(
    (request: CallRequest) => {
      const mine = claim(request.id);
      // The room is left, not paused: nothing offers to rejoin it while the call is on.
      setSession(null);
      clearLiveRoomCookie();
      setCall({ id: request.id, phase: { kind: "connecting" } });
      const report = (phase: CallPhase) => {
        if (current.current !== mine || mine.leaving) return;
        mine.active = phase.kind === "connecting" || phase.kind === "live";
        setCall((now) => (now?.id === request.id ? { ...now, phase } : now));
      };
      void connectCall(request, mine, report);
    },
    [claim],
  );

  const leaveCall = useCallback((id: string) => {
    const mine = current.current;
    if (mine?.id !== id) return;
    mine.leaving = true;
    mine.active = false;
    if (mine.livekitRoom) void mine.livekitRoom.disconnect();
    setCall((now) => (now?.id === id ? null : now));
  }, []);

  useLiveRoomCookie();
  usePreloadWhenIdle();

  const value = useMemo(
    () => ({ session, call, enter, enterFromLink, leave, reenter, enterCall, leaveCall }),
    [session, call, enter, enterFromLink, leave, reenter, enterCall, leaveCall],
  );
  const livekitRoom = session?.phase.kind === "live" ? session.phase.livekitRoom : null;
  return (
    <LiveSessionContext value={value}>
      {children}
      <RoomMediaSession session={session} leave={leave} reenter={reenter} />
      {session && livekitRoom && <LiveDockOnceLoaded session={session} livekitRoom={livekitRoom} />}
      {call?.phase.kind === "live" && <CallDockOnceLoaded livekitRoom={call.phase.livekitRoom} />}
    </LiveSessionContext>
  );
}

/** The room's dock (its audio, the mini-player), mounted as soon as its code is in. */
function LiveDockOnceLoaded(props: { session: LiveSession; livekitRoom: Room }) {
  const dock = useOnDemandModule(liveDockModule);
  return dock ? <dock.LiveDock {...props} /> : null;
}

/** The call's dock (its audio), mounted as soon as its code is in. */
function CallDockOnceLoaded({ livekitRoom }: { livekitRoom: Room }) {
  const dock = useOnDemandModule(callDockModule);
  return dock ? <dock.CallDock livekitRoom={livekitRoom} /> : null;
}

export function useLiveSession(): LiveSessionValue {
  const value = use(LiveSessionContext);
  if (!value) throw new Error("useLiveSession needs LiveSessionProvider (src/app/layout.tsx)");
  return value;
}
