"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useLiveSession } from "@/components/room/live-session-provider";
import type { CallToken } from "@/components/room/live-call";
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
   * Stable across renders (the effects that notice the end depend on it).
   */
  onEnded: () => void;
  onSkip: () => Promise<void>;
  onReport: (reason: string, note: string) => Promise<void>;
};

/** The five-minute one-to-one call: the other's first name, shared interests, the countdown. */
export function MatchCall({ match, topics, onEnded, onSkip, onReport }: MatchCallProps) {
  const t = useTranslations("match");
  const { call, enterCall, leaveCall } = useLiveSession();
  const [reporting, setReporting] = useState(false);
  const secondsLeft = useSecondsLeft(match.endsAt);

  // The call goes through the tab's one LiveKit Room (LiveSessionProvider, which also plays it):
  // entering leaves any room the tab is in, and leaving this page leaves the call.
  useEffect(() => {
    enterCall({ id: match.id, token: () => matchAction<CallToken>(match.id, "token") });
    return () => leaveCall(match.id);
  }, [match.id, enterCall, leaveCall]);

  const phase = call?.id === match.id ? call.phase.kind : "connecting";
  const joined = phase === "live";
  const failed = phase === "failed";
  useEffect(() => {
    if (phase === "ended") onEnded();
  }, [phase, onEnded]);

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
