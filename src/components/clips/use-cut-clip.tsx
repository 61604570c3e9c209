"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { z } from "zod/mini";
import { useRoomAction } from "@/components/room/use-room-action";
import { roomClipsApiPath } from "@/lib/clips/clip-limits";

const createdSchema = z.object({ path: z.string() });

export type CutClipRequest =
  { source: "LIVE" } | { source: "REPLAY"; startMs: number; endMs: number };

/** Asks the server to cut a clip of the room; the clip's page link once it is stored. */
export function useCutClip(roomId: string) {
  const { run, pending, error } = useRoomAction();
  const [href, setHref] = useState<string | null>(null);

  async function cut(request: CutClipRequest) {
    setHref(null);
    const result = await run(roomClipsApiPath(roomId), { body: request });
    const created = result.ok ? createdSchema.safeParse(result.data) : null;
    if (created?.success) setHref(created.data.path);
  }

  return { cut, pending, error, href };
}

type CutClipStatusProps = { pending: boolean; error: string; href: string | null };

/** The polite status line under a clip control: cutting, ready (with its link), or why not. */
export function CutClipStatus({ pending, error, href }: CutClipStatusProps) {
  const t = useTranslations("clips");
  return (
    <p role="status" className="text-sm">
      {pending && t("cutting")}
      {!pending && href && (
        <>
          {t("clipReady")}{" "}
          <Link href={href} className="font-semibold text-ember-700 underline">
            {t("openClip")}
          </Link>
        </>
      )}
      {!pending && error && <span className="text-red-700">{error}</span>}
    </p>
  );
}
