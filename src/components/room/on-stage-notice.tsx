import { useState } from "react";
import type { StageRole } from "@/lib/live/roles";

function messageFor(was: StageRole, now: StageRole): string {
  if (was === "listener") return "You're on stage. Your mic is off until you unmute.";
  if (now === "listener") return "You're back in the audience.";
  if (now === "moderator") return "You're now a moderator.";
  return "";
}

/**
 * Tells people when a moderator moves them: "You're on stage" (mic off until they unmute) or back to
 * the audience. Announced politely, since it happens without them clicking anything.
 */
/** `role` is undefined until the local participant is known, so arriving on stage says nothing. */
export function OnStageNotice({ role }: { role: StageRole | undefined }) {
  // Derived from the previous role during render (React's pattern for reacting to a prop change).
  const [previous, setPrevious] = useState(role);
  const [message, setMessage] = useState("");
  if (previous !== role) {
    setPrevious(role);
    setMessage(previous && role ? messageFor(previous, role) : "");
  }
  return (
    <p
      role="status"
      aria-live="polite"
      className="rounded-xl bg-ember-100 px-4 py-2 font-semibold text-ember-700 empty:hidden"
    >
      {message}
    </p>
  );
}
