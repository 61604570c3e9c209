"use client";

import { useRoomContext, useRoomInfo } from "@livekit/components-react";
import {
  AudioPresets,
  Track,
  type Room,
  type AudioCaptureOptions,
  type TrackPublishDefaults,
} from "livekit-client";
import { useEffect, useRef } from "react";
import { parseRoomMetadata } from "@/lib/live/room-metadata";

/** Voice processing (echo cancelling, noise suppression, gain riding) mangles music: all off. */
function captureOptionsFor(musicMode: boolean): AudioCaptureOptions {
  return {
    echoCancellation: !musicMode,
    noiseSuppression: !musicMode,
    autoGainControl: !musicMode,
    channelCount: musicMode ? 2 : 1,
  };
}

/**
 * Music: LiveKit's stereo high-quality preset, stereo forced in the SDP, and no DTX or RED (DTX
 * cuts quiet passages, RED doubles the bitrate of an already high-bitrate stream).
 */
function publishOptionsFor(musicMode: boolean): TrackPublishDefaults {
  return musicMode
    ? {
        audioPreset: AudioPresets.musicHighQualityStereo,
        dtx: false,
        red: false,
        forceStereo: true,
      }
    : { audioPreset: AudioPresets.speech, dtx: true, red: true, forceStereo: false };
}

/** Every later "mic on" in this room (MicToggle included) captures and publishes this way. */
function setMicDefaults(room: Room, musicMode: boolean) {
  room.options.audioCaptureDefaults = {
    ...room.options.audioCaptureDefaults,
    ...captureOptionsFor(musicMode),
  };
  room.options.publishDefaults = {
    ...room.options.publishDefaults,
    ...publishOptionsFor(musicMode),
  };
}

/**
 * For people on stage: follows the room's music mode. The room's capture and publish defaults are
 * set, so every later "mic on" uses them; a microphone already live is republished with them (the
 * role is untouched, so the speaker stays on stage), muted state kept. Draws nothing: the header
 * marks music mode, with a headphones hint for people on stage (MusicModeBadge).
 */
export function MusicModeMic() {
  const room = useRoomContext();
  const { metadata } = useRoomInfo();
  const musicMode = parseRoomMetadata(metadata).musicMode === true;
  const applied = useRef<boolean | null>(null);

  useEffect(() => {
    const first = applied.current === null;
    if (applied.current === musicMode) return;
    applied.current = musicMode;
    setMicDefaults(room, musicMode);
    // Voice is what a mic starts with: nothing to redo when the room opens in voice mode.
    if (first && !musicMode) return;
    const participant = room.localParticipant;
    const track = participant.getTrackPublication(Track.Source.Microphone)?.audioTrack;
    if (!track) return;
    const wasMuted = track.isMuted;
    void (async () => {
      await participant.unpublishTrack(track);
      await participant.setMicrophoneEnabled(
        !wasMuted,
        captureOptionsFor(musicMode),
        publishOptionsFor(musicMode),
      );
    })();
  }, [room, musicMode]);

  return null;
}
