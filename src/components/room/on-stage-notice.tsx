import { useLocalParticipant } from "@livekit/components-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useStageNotices } from "@/components/stage/use-stage-notices";
import type { StageRole } from "@/lib/live/roles";
import type { StageNotice } from "@/lib/live/stage-notices";

/** What changed, as the role attribute shows it (room catalogue keys). */
type RoleKey = "nowOnStage" | "backInAudience" | "nowModerator";
/** What a moderator did to them, told by the app with the moderator's name (stage catalogue keys). */
type ToldKey = "mutedBy" | "movedToAudienceBy" | "nowModerator";
type Told = { key: ToldKey; name: string; id: string };

const TOLD_KEY: Partial<Record<StageNotice["kind"], ToldKey>> = {
  muted: "mutedBy",
  movedToAudience: "movedToAudienceBy",
  madeModerator: "nowModerator",
};

// It floats over the room (so it never pushes the page), so it steps aside after a while.
const NOTICE_MS = 10_000;

function messageFor(was: StageRole, now: StageRole): RoleKey | null {
  if (was === "listener") return "nowOnStage";
  if (now === "listener") return "backInAudience";
  if (now === "moderator") return "nowModerator";
  return null;
}

/**
 * Tells people what happens to them on stage: "You're on stage" (mic off until they unmute) after
 * joining it, "Nora muted you", "Nora moved you to the audience", "You're a moderator now". What a
 * moderator did comes as a named notice from the app and wins over the bare role change it
 * explains, whichever arrives first. Announced politely, since it happens without them clicking.
 * `role` is undefined until the local participant is known, so arriving on stage says nothing.
 */
export function OnStageNotice({ role }: { role: StageRole | undefined }) {
  const room = useTranslations("room");
  const stage = useTranslations("stage");
  // Derived from the previous role during render (React's pattern for reacting to a prop change).
  const [previous, setPrevious] = useState(role);
  // Keys, not sentences: a language switch mid-room re-renders them in the new language.
  const [changed, setChanged] = useState<RoleKey | null>(null);
  const [told, setTold] = useState<Told | null>(null);
  if (previous !== role) {
    setPrevious(role);
    setChanged(previous && role ? messageFor(previous, role) : null);
  }
  // "Your mic is off until you unmute" no longer applies once they unmute: it leaves at once.
  const { isMicrophoneEnabled } = useLocalParticipant();
  if (changed === "nowOnStage" && isMicrophoneEnabled) setChanged(null);
  useStageNotices((notice) => {
    const key = TOLD_KEY[notice.kind];
    if (key) setTold({ key, name: notice.actorName || stage("someone"), id: notice.id });
  });
  useEffect(() => {
    if (!changed) return;
    const timer = window.setTimeout(() => setChanged(null), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [changed]);
  useEffect(() => {
    if (!told) return;
    const timer = window.setTimeout(() => {
      setTold(null);
      // The role change it explained has been told; it does not come back on its own.
      setChanged(null);
    }, NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [told]);
  return (
    <p
      role="status"
      aria-live="polite"
      className="rounded-xl bg-ember-100 px-4 py-2 font-semibold text-ember-700 shadow-md empty:hidden"
    >
      {told ? stage(told.key, { name: told.name }) : changed && room(changed)}
    </p>
  );
}
