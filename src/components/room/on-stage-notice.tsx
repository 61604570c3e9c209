import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { StageRole } from "@/lib/live/roles";

type NoticeKey = "nowOnStage" | "backInAudience" | "nowModerator";

// It floats over the room (so it never pushes the page), so it steps aside after a while.
const NOTICE_MS = 10_000;

function messageFor(was: StageRole, now: StageRole): NoticeKey | null {
  if (was === "listener") return "nowOnStage";
  if (now === "listener") return "backInAudience";
  if (now === "moderator") return "nowModerator";
  return null;
}

/**
 * Tells people when a moderator moves them: "You're on stage" (mic off until they unmute) or back to
 * the audience. Announced politely, since it happens without them clicking anything.
 */
/** `role` is undefined until the local participant is known, so arriving on stage says nothing. */
export function OnStageNotice({ role }: { role: StageRole | undefined }) {
  // Derived from the previous role during render (React's pattern for reacting to a prop change).
  const t = useTranslations("room");
  const [previous, setPrevious] = useState(role);
  // The key, not the sentence: a language switch mid-room re-renders it in the new language.
  const [message, setMessage] = useState<NoticeKey | null>(null);
  if (previous !== role) {
    setPrevious(role);
    setMessage(previous && role ? messageFor(previous, role) : null);
  }
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(null), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [message]);
  return (
    <p
      role="status"
      aria-live="polite"
      className="rounded-xl bg-ember-100 px-4 py-2 font-semibold text-ember-700 shadow-md empty:hidden"
    >
      {message && t(message)}
    </p>
  );
}
