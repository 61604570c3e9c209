"use client";

import { Circle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/**
 * "Recording", for everyone in a recorded room, and said once on joining: the sentence is put
 * into an already-mounted status region after the first render, since screen readers announce
 * changes to a live region, not text it was created with.
 */
export function RecordingBadge() {
  const t = useTranslations("replay");
  const [announced, setAnnounced] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(true), 250);
    return () => clearTimeout(timer);
  }, []);
  return (
    <>
      <span className="inline-flex items-center gap-1 rounded-full border border-red-300 bg-white px-2 py-0.5 text-red-700">
        <Circle aria-hidden="true" className="size-2.5 fill-current" />
        {t("recording")}
      </span>
      <span role="status" className="sr-only">
        {announced ? t("recordingAnnouncement") : ""}
      </span>
    </>
  );
}
