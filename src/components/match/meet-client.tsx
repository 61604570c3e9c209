"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { preloadCall } from "@/components/room/connect-call";
import { Button } from "@/components/ui/button";
import { MATCH_POLL_MS, type MatchStatus, type MatchView } from "@/lib/match/match-api";
import type { RoomTopicValue } from "@/lib/topics";
import { MatchCall } from "./match-call";
import { fetchMatchStatus, findSomeone, matchAction, saveOptIn, stopLooking } from "./match-fetch";
import { MatchOptIn } from "./match-opt-in";

// While waiting the page polls GET /api/match: one primary-key read (and a pairing attempt) per
// 250 ms keeps the app stateless and needs no fan-out; see docs/voice-match.md.
const IN_CALL_POLL_MS = 2_000;

/** The Meet page's states: opt in, ready, waiting, in a call, deciding. */
export function MeetClient({ initialStatus }: { initialStatus: MatchStatus }) {
  const t = useTranslations("match");
  const topicLabel = useTranslations("topics");
  const [status, setStatus] = useState<MatchStatus>(initialStatus);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState(false);
  const listTopics = (topics: RoomTopicValue[]) => topics.map((x) => topicLabel(x)).join(", ");

  const show = useCallback(async (next: () => Promise<MatchStatus>) => {
    try {
      setError(false);
      setStatus(await next());
    } catch {
      setError(true);
    }
  }, []);
  const run = useCallback(
    (step: () => Promise<unknown>) =>
      show(async () => {
        await step();
        return fetchMatchStatus();
      }),
    [show],
  );
  // "Find someone" answers with the status it made: a pair found at once shows without asking again.
  const find = useCallback(() => show(findSomeone), [show]);
  const refresh = useCallback(() => void run(() => Promise.resolve()), [run]);

  const live = status.state === "matched" && !status.match.endedAt;
  // Whoever taps Connect first keeps asking until the other answers, and is then told.
  const awaitingAnswer =
    status.state === "matched" &&
    status.match.myDecision === "CONNECT" &&
    !status.match.otherDecided;
  useEffect(() => {
    if (status.state !== "waiting" && !live && !awaitingAnswer) return;
    const timer = setInterval(
      refresh,
      status.state === "waiting" ? MATCH_POLL_MS : IN_CALL_POLL_MS,
    );
    return () => clearInterval(timer);
  }, [status.state, live, awaitingAnswer, refresh]);

  // A match may be found on the tap itself or on any poll: the call's code loads before, not after.
  useEffect(() => {
    if (status.state === "idle" || status.state === "waiting") preloadCall();
  }, [status.state]);

  const errorLine = error && (
    <p role="alert" className="text-red-700">
      {t("somethingWrong")}
    </p>
  );

  if (status.state === "opt-in" || editing) {
    const current = status.state === "idle" || status.state === "waiting" ? status.topics : [];
    return (
      <>
        <MatchOptIn
          initialTopics={current}
          onSave={(topics) =>
            run(async () => {
              await saveOptIn(topics);
              setEditing(false);
            })
          }
        />
        {errorLine}
      </>
    );
  }
  if (status.state === "idle") {
    return (
      <div className="flex flex-col gap-4">
        <p className="text-ink-600">{t("intro")}</p>
        <p>{t("yourInterests", { topics: listTopics(status.topics) })}</p>
        <Button size="lg" onClick={() => void find()}>
          {t("findSomeone")}
        </Button>
        <Button variant="ghost" onClick={() => setEditing(true)}>
          {t("editInterests")}
        </Button>
        {errorLine}
      </div>
    );
  }
  if (status.state === "waiting") {
    return (
      <div className="flex flex-col items-center gap-5 rounded-3xl bg-white p-8 text-center shadow-sm">
        <span
          aria-hidden="true"
          className="size-16 animate-pulse rounded-full bg-ember-100 ring-8 ring-ember-100/50"
        />
        <p role="status" className="text-lg font-semibold">
          {t("waiting", { topics: listTopics(status.topics) })}
        </p>
        <Button variant="secondary" onClick={() => void run(stopLooking)}>
          {t("stopLooking")}
        </Button>
        {errorLine}
      </div>
    );
  }
  const match = status.match;
  const shared = listTopics(match.sharedTopics);
  if (!match.endedAt) {
    return (
      <>
        <MatchCall
          key={match.id}
          match={match}
          topics={shared}
          onEnded={refresh}
          onSkip={() => run(() => matchAction(match.id, "skip"))}
          onReport={(reason, note) => run(() => matchAction(match.id, "report", { reason, note }))}
        />
        {errorLine}
      </>
    );
  }
  return (
    <>
      <MatchOutcome
        match={match}
        onDecide={(decision) => run(() => matchAction(match.id, "decision", { decision }))}
        onFind={find}
      />
      {errorLine}
    </>
  );
}

type MatchOutcomeProps = {
  match: MatchView;
  onDecide: (decision: "CONNECT" | "PASS") => Promise<void>;
  onFind: () => Promise<void>;
};

/** After the call: Connect or Pass, then what came of it. */
function MatchOutcome({ match, onDecide, onFind }: MatchOutcomeProps) {
  const t = useTranslations("match");
  const name = match.firstName;
  const cutShort = match.endedReason === "SKIPPED" || match.endedReason === "REPORTED";
  let body;
  if (match.connected && match.username) {
    body = (
      <>
        <p className="text-lg font-semibold">{t("connected", { name })}</p>
        <Button asChild variant="secondary">
          <Link href={`/@${match.username}`}>{t("seeProfile", { name })}</Link>
        </Button>
      </>
    );
  } else if (cutShort) {
    body = <p>{match.myDecision === "PASS" ? t("youReported") : t("theyLeft", { name })}</p>;
  } else if (match.myDecision === "CONNECT") {
    // Told as soon as they answer: a Pass (they are not named as passing to anyone else).
    body = (
      <p role="status">
        {match.otherDecided ? t("theyDidNotConnect", { name }) : t("waitingForThem", { name })}
      </p>
    );
  } else if (match.myDecision === "PASS") {
    body = <p>{t("passed")}</p>;
  } else {
    body = (
      <>
        <p className="text-ink-600">{t("decideHint")}</p>
        <div className="flex w-full gap-3">
          <Button
            className="flex-1"
            variant="secondary"
            size="lg"
            onClick={() => void onDecide("PASS")}
          >
            {t("pass")}
          </Button>
          <Button className="flex-1" size="lg" onClick={() => void onDecide("CONNECT")}>
            {t("connect")}
          </Button>
        </div>
      </>
    );
  }
  return (
    <section className="flex flex-col items-center gap-5 rounded-3xl bg-white p-6 text-center shadow-sm">
      <h2 className="text-2xl font-bold">{t("callOver", { name })}</h2>
      {body}
      <Button variant="ghost" onClick={() => void onFind()}>
        {t("findAnother")}
      </Button>
    </section>
  );
}
