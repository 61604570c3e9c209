import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Brand } from "@/components/layout/brand";
import { Button } from "@/components/ui/button";
import type { ShareCard } from "@/lib/sharing/share-card";
import { shareText } from "@/lib/sharing/share-text";

type SharePreviewProps = { card: ShareCard; returnTo: string };

/**
 * What a signed-out visitor of a shared link sees instead of a bare sign-in form: the card (the
 * same words as the link preview, so nothing more than it shows) and the way in.
 */
export async function SharePreview({ card, returnTo }: SharePreviewProps) {
  const [share, topics] = await Promise.all([getTranslations("share"), getTranslations("topics")]);
  const { title, description } = shareText(card, { share, topics });
  const action = card.isPublic ? card.subject : "generic";
  return (
    <main id="main-content" className="mx-auto flex max-w-xl flex-col gap-6 px-6 py-16">
      <Link href="/" className="self-start text-2xl">
        <Brand />
      </Link>
      <article className="flex flex-col gap-3 rounded-2xl bg-white p-6 shadow-sm">
        {/* Without a description of its own, the room's line below already says live or not. */}
        {card.isPublic && card.subject === "room" && card.description !== "" && (
          <p className="font-semibold text-ember-700">{share(`status.${card.status}`)}</p>
        )}
        <h1 className="text-3xl font-extrabold tracking-tight">{title}</h1>
        <p className="text-ink-600">{card.isPublic ? description : share("previewGenericBody")}</p>
      </article>
      <Button asChild size="lg" className="self-start">
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`}>
          {share(`previewSignIn.${action}`)}
        </Link>
      </Button>
      <p className="text-sm text-ink-600">{share("previewInviteOnly")}</p>
    </main>
  );
}
