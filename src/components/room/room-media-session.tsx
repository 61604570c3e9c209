"use client";

import type { Room } from "livekit-client";
import { useEffect, useState } from "react";
import type { LiveSession } from "./live-session-provider";
import { setMicrophone } from "./stage-rights";

// What the lock screen shows for a room: the app's own icon (the room has no picture of its own).
const ARTWORK: MediaImage[] = [
  { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
  { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
];

/**
 * The room on the phone's lock screen and the desktop's media controls (Media Session API): its
 * title, host and artwork; pause leaves quietly and play enters again; a speaker can mute and unmute
 * ("togglemicrophone" where the browser has it). Mounted once beside the tab's live session, so it
 * lasts while the member browses other pages. Audio keeps playing while the page is hidden (nothing
 * here or in the session pauses on visibility), and no screen wake lock is ever taken: a room is
 * listened to with the screen off.
 */
type RoomMediaSessionProps = {
  session: LiveSession | null;
  leave: () => void;
  reenter: () => void;
};

export function RoomMediaSession({ session, leave, reenter }: RoomMediaSessionProps) {
  const room = session?.room ?? null;
  const phase = session?.phase.kind ?? null;
  // In the room, getting back in, or paused (left on purpose, one tap from entering again).
  const present =
    phase === "joining" || phase === "live" || phase === "disconnected" || phase === "left";
  const livekitRoom = session?.phase.kind === "live" ? session.phase.livekitRoom : null;
  const mic = useMicrophone(livekitRoom);

  useEffect(() => {
    if (!("mediaSession" in navigator)) return;
    const media = navigator.mediaSession;
    if (!room || !present) {
      media.metadata = null;
      media.playbackState = "none";
      return;
    }
    media.metadata = new MediaMetadata({
      title: room.title,
      artist: room.hostName ?? "",
      album: "Hearth",
      artwork: ARTWORK,
    });
  }, [room, present]);

  useEffect(() => {
    if (!("mediaSession" in navigator) || !present) return;
    const media = navigator.mediaSession;
    media.playbackState = phase === "left" ? "paused" : "playing";
    const handlers: [string, MediaSessionActionHandler | null][] = [
      ["pause", phase === "left" ? null : leave],
      ["stop", phase === "left" ? null : leave],
      ["play", phase === "left" || phase === "disconnected" ? reenter : null],
    ];
    for (const [action, handler] of handlers) setAction(action, handler);
    return () => {
      for (const [action] of handlers) setAction(action, null);
    };
  }, [present, phase, leave, reenter]);

  useEffect(() => {
    if (!("mediaSession" in navigator) || !mic.canSpeak || !livekitRoom) return;
    const media = navigator.mediaSession;
    // Chromium returns nothing here (the typings say a promise), other browsers lack it: either way
    // the lock screen's microphone state is a hint, never worth an error.
    try {
      void Promise.resolve(media.setMicrophoneActive(mic.on)).catch(() => undefined);
    } catch {
      // Not supported in this browser.
    }
    const toggle = () => {
      void setMicrophone(livekitRoom, !mic.on).catch(() => undefined);
    };
    setAction("togglemicrophone", toggle);
    return () => setAction("togglemicrophone", null);
  }, [livekitRoom, mic.canSpeak, mic.on]);

  return null;
}

/** An action the browser may not know ("togglemicrophone" is Chromium's): unknown ones throw. */
function setAction(action: string, handler: MediaSessionActionHandler | null): void {
  try {
    const media = navigator.mediaSession;
    Reflect.apply(media.setActionHandler.bind(media), undefined, [action, handler]);
  } catch {
    // Not supported here: the lock screen simply lacks that button.
  }
}

type Microphone = { canSpeak: boolean; on: boolean };

/** Whether the member may speak now (on stage) and whether their microphone is live. */
function useMicrophone(livekitRoom: Room | null): Microphone {
  const [mic, setMic] = useState<Microphone>({ canSpeak: false, on: false });
  useEffect(() => {
    if (!livekitRoom) return;
    let stopped = false;
    const local = livekitRoom.localParticipant;
    const read = () => {
      if (stopped) return;
      const canSpeak = local.permissions?.canPublish === true;
      setMic({ canSpeak, on: canSpeak && local.isMicrophoneEnabled });
    };
    // Event names come with LiveKit's client, which is loaded already while a room is live.
    const events = import("livekit-client").then(({ RoomEvent }) => {
      const names = [
        RoomEvent.ParticipantPermissionsChanged,
        RoomEvent.LocalTrackPublished,
        RoomEvent.LocalTrackUnpublished,
        RoomEvent.TrackMuted,
        RoomEvent.TrackUnmuted,
      ];
      for (const name of names) livekitRoom.on(name, read);
      read();
      return names;
    });
    return () => {
      stopped = true;
      void events.then((names) => {
        for (const name of names) livekitRoom.off(name, read);
      });
    };
  }, [livekitRoom]);
  return livekitRoom ? mic : { canSpeak: false, on: false };
}
