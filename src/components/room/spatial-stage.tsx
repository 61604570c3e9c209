"use client";

import { useTracks } from "@livekit/components-react";
import { RemoteAudioTrack, Track } from "livekit-client";
import { useEffect, useState } from "react";
import { seatAzimuth, seatPosition } from "@/lib/live/spatial-audio";
import { useSpatialAudioChoice } from "./spatial-audio-choice";
import { useRoomPeople } from "./use-room-people";

const VOICES = [Track.Source.Microphone];

/**
 * Spatial stage audio, while the member has it on: every voice on the stage comes from its seat on
 * a half circle in front of them, in the stage's order. LiveKit plays each track through a Web
 * Audio graph of ours (a panner per voice) instead of its audio element; off, the elements play
 * again as before.
 */
export function SpatialStage() {
  return useSpatialAudioChoice() ? <PlacedVoices /> : null;
}

function PlacedVoices() {
  const context = useRunningContext();
  const { stage } = useRoomPeople();
  const voices = useTracks(VOICES, { onlySubscribed: true });
  // The panner each voice plays through, kept while the voice stays on the stage.
  const [placed] = useState(() => new Map<RemoteAudioTrack, PannerNode>());

  useEffect(() => {
    const seats = stage.map((person) => person.participant.identity);
    const heard = new Set<RemoteAudioTrack>();
    for (const voice of voices) {
      const track = voice.publication.track;
      const seat = seats.indexOf(voice.participant.identity);
      if (!(track instanceof RemoteAudioTrack) || seat < 0) continue;
      heard.add(track);
      let panner = placed.get(track);
      if (!panner) {
        panner = createVoicePanner(context);
        track.setAudioContext(context);
        track.setWebAudioPlugins([panner]);
        placed.set(track, panner);
      }
      const { x, z } = seatPosition(seatAzimuth(seat, seats.length));
      panner.positionX.setValueAtTime(x, context.currentTime);
      panner.positionZ.setValueAtTime(z, context.currentTime);
    }
    for (const track of placed.keys()) {
      if (heard.has(track)) continue;
      playPlain(track);
      placed.delete(track);
    }
  }, [context, placed, stage, voices]);

  useEffect(
    () => () => {
      for (const track of placed.keys()) playPlain(track);
      placed.clear();
    },
    [context, placed],
  );

  return null;
}

// One context for the tab's voices, made the first time spatial audio is on and kept (suspended
// while it is off): a room has at most one set of voices, and a context is costly to make.
let stageContext: AudioContext | null = null;

function sharedStageContext(): AudioContext {
  stageContext ??= new AudioContext();
  return stageContext;
}

/**
 * Runs the context while spatial audio is on. A browser may hold it suspended until the page is
 * touched (a room opened from a link), so the first touch or key starts it then.
 */
function useRunningContext(): AudioContext {
  const [context] = useState(sharedStageContext);
  useEffect(() => {
    const resume = () => void context.resume();
    resume();
    document.addEventListener("pointerdown", resume, { once: true });
    document.addEventListener("keydown", resume, { once: true });
    return () => {
      document.removeEventListener("pointerdown", resume);
      document.removeEventListener("keydown", resume);
      void context.suspend();
    };
  }, [context]);
  return context;
}

// Equal-power panning keeps a voice's timbre as it is (a head model colours voices, and costs a
// convolver for each); the seat's side is what tells speakers apart.
function createVoicePanner(context: AudioContext): PannerNode {
  return new PannerNode(context, {
    panningModel: "equalpower",
    distanceModel: "linear",
    refDistance: 1,
  });
}

function playPlain(track: RemoteAudioTrack): void {
  track.setWebAudioPlugins([]);
  track.setAudioContext(undefined);
}
