// GET /share-cards/clips/[clipId] — a clip's share image, as a signed-out visitor may see it
import type { NextRequest } from "next/server";
import { findClipShareCard } from "@/server/sharing/find-clip-share-card";
import { shareImageResponse } from "@/app/share-cards/share-image-response";

// Anything but one string (a fuzzed call, a catch-all) simply finds nothing.
type Context = { params: Promise<Record<string, string | string[] | undefined>> };

// No session is read: the picture is the same for everyone, so caches may share it.
export async function GET(_request: NextRequest, { params }: Context): Promise<Response> {
  const { clipId } = await params;
  return shareImageResponse(
    await findClipShareCard({ clipId: typeof clipId === "string" ? clipId : "" }),
  );
}
