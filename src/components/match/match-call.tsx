"use client";

import { createLocalAudioTrack, Room, RoomEvent, Track, type RemoteTrack } from "livekit-client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/input";
import type { MatchView } from "@/lib/match/match-api";
import { REPORT_REASONS } from "@/lib/reports";
import { matchAction } from "./match-fetch";

type MatchCallProps = {
  match: MatchView;
  topics: string;
  /**
   * The call ended here or elsewhere (timer, skip, report, the room closed): re-read the status.
   * Stable across renders (the connection effect depends on it).
   */
  onEnded: () => void;
  onSkip: () => Promise<void>;
  onReport: (reason: string, note: string) => Promise<void>;
};

/** The five-minute one-to-one call: the other's first name, shared interests, the countdown. */
export function MatchCall({ match, topics, onEnded, onSkip, onReport }: MatchCallProps) {
  const t = useTranslations("match");
  const audioRef = useRef<HTMLDivElement>(null);
  const [joined, setJoined] = useState(false);
  const [failed, setFailed] = useState(false);
  const [reporting, setReporting] = useState(false);
  const secondsLeft = useSecondsLeft(match.endsAt);

  useEffect(() => {
    const room = new Room();
    let disposed = false;
    room.on(RoomEvent.TrackSubscribed, (track: RemoteTrack) => {
      if (track.kind !== Track.Kind.Audio) return;
      audioRef.current?.append(track.attach());
    });
    room.on(RoomEvent.Disconnected, () => {
      if (!disposed) onEnded();
    });
    const connect = async () => {
      const { serverUrl, token } = await matchAction<{ serverUrl: string; token: string }>(
        match.id,
        "token",
      );
      if (!disposed) await room.connect(serverUrl, token);
    };
    void (async () => {
      try {
        // The microphone opens while the token comes and the room connects: neither waits on the
        // other, and the call is heard as soon as both are ready.
        const [microphone] = await Promise.all([createLocalAudioTrack(), connect()]);
        if (disposed) {
          microphone.stop();
          return;
        }
        setJoined(true);
        await room.localParticipant.publishTrack(microphone);
      } catch {
        if (!disposed) setFailed(true);
      }
    })();
    return () => {
      disposed = true;
      void room.disconnect();
    };
  }, [match.id, onEnded]);

  useEffect(() => {
    if (secondsLeft === 0) onEnded();
  }, [secondsLeft, onEnded]);

  const minutes = Math.floor(secondsLeft / 60);
  const clock = `${minutes}:${String(secondsLeft % 60).padStart(2, "0")}`;
  return (
    <section className="flex flex-col items-center gap-5 rounded-3xl bg-white p-6 text-center shadow-sm">
      <p className="text-sm text-ink-600">{joined ? t("timeLeft") : " "}</p>
      <p
        className="text-5xl font-extrabold tabular-nums"
        role="timer"
        aria-label={t("timeLeftLabel", { time: clock })}
      >
        {clock}
      </p>
      <h2 className="text-2xl font-bold">
        {joined
          ? t("inCallWith", { name: match.firstName })
          : t("connecting", { name: match.firstName })}
      </h2>
      <p className="text-ink-600">{t("sharedInterests", { topics })}</p>
      {failed && (
        <p role="alert" className="text-red-700">
          {t("micBlocked")}
        </p>
      )}
      <div ref={audioRef} hidden />
      {reporting ? (
        <ReportForm name={match.firstName} onCancel={() => setReporting(false)} onSend={onReport} />
      ) : (
        <div className="flex w-full gap-3">
          <Button className="flex-1" variant="secondary" size="lg" onClick={() => void onSkip()}>
            {t("skip")}
          </Button>
          <Button className="flex-1" variant="danger" size="lg" onClick={() => setReporting(true)}>
            {t("report")}
          </Button>
        </div>
      )}
    </section>
  );
}

function useSecondsLeft(endsAt: string): number {
  const left = () => Math.max(0, Math.ceil((Date.parse(endsAt) - Date.now()) / 1000));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    const timer = setInterval(() => setSeconds(left()), 1000);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `left` only reads endsAt
  }, [endsAt]);
  return seconds;
}

type ReportFormProps = {
  name: string;
  onCancel: () => void;
  onSend: (reason: string, note: string) => Promise<void>;
};

function ReportForm({ name, onCancel, onSend }: ReportFormProps) {
  const t = useTranslations("match");
  const [reason, setReason] = useState<string>(REPORT_REASONS[0]);
  const [note, setNote] = useState("");
  return (
    <form
      className="flex w-full flex-col gap-3 text-left"
      onSubmit={(event) => {
        event.preventDefault();
        void onSend(reason, note);
      }}
    >
      <h3 className="font-bold">{t("reportTitle", { name })}</h3>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("reportReason")}
        <Select value={reason} onChange={(event) => setReason(event.target.value)}>
          {REPORT_REASONS.map((value) => (
            <option key={value} value={value}>
              {t(`reason_${value}`)}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("reportNote")}
        <Textarea value={note} maxLength={500} onChange={(event) => setNote(event.target.value)} />
      </label>
      <div className="flex gap-3">
        <Button type="button" variant="ghost" onClick={onCancel}>
          {t("cancel")}
        </Button>
        <Button type="submit" variant="danger" className="flex-1">
          {t("reportSend")}
        </Button>
      </div>
    </form>
  );
}
