import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppHeader } from "@/components/layout/app-header";
import { ClipView } from "@/components/clips/clip-view";
import { SharePreview } from "@/components/sharing/share-preview";
import { getEnv } from "@/env";
import { clipPath } from "@/lib/clips/clip-limits";
import { clipParamsSchema } from "@/lib/validations/clips";
import { findCaller } from "@/server/auth/get-caller";
import { findClip } from "@/server/clips/find-clip";
import { findClipShareCard } from "@/server/sharing/find-clip-share-card";
import { pageShareMetadata } from "@/server/sharing/page-share-metadata";

type ClipPageProps = { params: Promise<{ clipId: string }> };

// The link preview as a signed-out visitor may see it: the room's rule, so generic unless open.
export async function generateMetadata({ params }: ClipPageProps): Promise<Metadata> {
  const { clipId } = await params;
  return pageShareMetadata({
    card: await findClipShareCard({ clipId }),
    pagePath: clipPath(clipId),
    imagePath: `/share-cards/clips/${encodeURIComponent(clipId)}`,
  });
}

// A clip's page: for whoever may enter its room (the room-access policy); anyone else gets the
// same 404 as for a clip that never existed.
export default async function ClipPage({ params }: ClipPageProps) {
  const { clipId } = await params;
  const caller = await findCaller();
  if (!caller) {
    return <SharePreview card={await findClipShareCard({ clipId })} returnTo={clipPath(clipId)} />;
  }
  if (!clipParamsSchema.safeParse({ clipId }).success) notFound();
  const clip = await findClip({ clipId, viewerId: caller.id });
  if (!clip) notFound();
  return (
    <>
      <AppHeader caller={caller} />
      <ClipView clip={clip} shareUrl={new URL(clipPath(clip.id), getEnv().APP_URL).toString()} />
    </>
  );
}
