"use client";

import { useTranslations } from "next-intl";
import { useLayoutEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * The room's title: two lines at most, then an ellipsis; the whole title is its tooltip, and a
 * "Show the whole title" button appears when it was cut. Screen readers always hear all of it.
 */
export function RoomTitle({ title }: { title: string }) {
  const t = useTranslations("roomPeople");
  const ref = useRef<HTMLHeadingElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [clamped, setClamped] = useState(false);

  useLayoutEffect(() => {
    const heading = ref.current;
    if (!heading || expanded) return;
    // The observer reports the heading's first size after the browser's own layout, before that
    // frame paints: measuring here instead forced a layout inside the room's first render.
    const measure = () => setClamped(heading.scrollHeight > heading.clientHeight + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(heading);
    return () => observer.disconnect();
  }, [title, expanded]);

  return (
    <div className="flex flex-col items-start gap-1">
      <h1
        ref={ref}
        title={title}
        className={`w-full text-2xl font-extrabold tracking-tight break-words ${
          expanded ? "" : "line-clamp-2"
        }`}
      >
        {title}
      </h1>
      {(clamped || expanded) && (
        <Button
          variant="link"
          size="xs"
          aria-expanded={expanded}
          onClick={() => setExpanded((value) => !value)}
          className="text-sm"
        >
          {expanded ? t("showLessTitle") : t("showWholeTitle")}
        </Button>
      )}
    </div>
  );
}
