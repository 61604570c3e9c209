import "server-only";
import { renderShareImage } from "@/components/sharing/share-card-image";
import type { ShareCard, ShareSubject } from "@/lib/sharing/share-card";
import { shareImageText } from "@/server/sharing/share-image-text";
import { shareTranslators } from "@/server/sharing/share-translators";

// One picture per link for every reader (platforms fetch it once and show it to everyone), so it
// is drawn in English: the bundled font has no CJK glyphs, and fetching one is off limits.
const englishTranslators = () => shareTranslators("en");

// Short: a room that closes, or a member who changes their name, is not stuck in caches for long.
const CACHE_HEADERS = { "cache-control": "public, max-age=300, s-maxage=300" };

// The generic cards never change: drawn once per process, then served from memory.
const genericImages = new Map<ShareSubject, Promise<ArrayBuffer>>();

/** The response of the share-card image routes (src/app/share-cards/*): a PNG, cacheable by anyone. */
export async function shareImageResponse(card: ShareCard): Promise<Response> {
  if (card.isPublic)
    return renderShareImage(shareImageText(card, await englishTranslators()), CACHE_HEADERS);
  let image = genericImages.get(card.subject);
  if (!image) {
    const drawing = englishTranslators().then((t) =>
      renderShareImage(shareImageText(card, t), {}).arrayBuffer(),
    );
    drawing.catch(() => genericImages.delete(card.subject));
    genericImages.set(card.subject, drawing);
    image = drawing;
  }
  return new Response(await image, {
    headers: { "content-type": "image/png", ...CACHE_HEADERS },
  });
}
