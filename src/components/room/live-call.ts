import type { Room } from "livekit-client";

export type CallToken = { serverUrl: string; token: string };

/** A one-to-one call to enter (voice match): its id and how to ask for its token. */
export type CallRequest = { id: string; token: () => Promise<CallToken> };

export type CallPhase =
  | { kind: "connecting" }
  // Connected with the microphone open: the other person hears them.
  | { kind: "live"; livekitRoom: Room }
  // The microphone or the token was refused.
  | { kind: "failed" }
  // Closed by the server (timer, skip, report, block) or a lost connection.
  | { kind: "ended" };

export type LiveCall = { id: string; phase: CallPhase };
