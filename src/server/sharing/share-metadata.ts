import "server-only";
import type { Metadata } from "next";
import type { ShareCard } from "@/lib/sharing/share-card";
import { shareText, type ShareTranslators } from "@/lib/sharing/share-text";

export type ShareMetadataOptions = {
  card: ShareCard;
  /** The page's own path, e.g. `/rooms/<id>`. */
  pagePath: string;
  /** The path of its image route. */
  imagePath: string;
  appUrl: string;
  t: ShareTranslators;
};

/** OpenGraph and Twitter card tags for a shareable page, the same for every viewer. */
export function shareMetadata({ card, pagePath, imagePath, appUrl, t }: ShareMetadataOptions) {
  const { title, description, alt } = shareText(card, t);
  const image = { url: imagePath, width: 1200, height: 630, alt, type: "image/png" };
  const metadata: Metadata = {
    metadataBase: new URL(appUrl),
    // "A room on Hearth · Hearth" would say the name twice.
    title: card.isPublic ? title : { absolute: title },
    description,
    alternates: { canonical: pagePath },
    openGraph: {
      type: card.subject === "person" && card.isPublic ? "profile" : "website",
      siteName: "Hearth",
      url: pagePath,
      title,
      description,
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
    // The generic card is the same words for every hidden page: keep those out of search results.
    ...(card.isPublic ? {} : { robots: { index: false, follow: false } }),
  };
  return metadata;
}
