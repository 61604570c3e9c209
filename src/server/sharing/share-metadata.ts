import "server-only";
import type { Metadata } from "next";
import type { ShareCard } from "@/server/sharing/share-card";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The `share` and `topics` catalogues, from next-intl (getTranslations or createTranslator). */
export type ShareTranslators = { share: Translate; topics: Translate };

export type ShareText = { title: string; description: string; alt: string };

// Long fields are cut where previews cut them anyway, so a bio cannot fill a chat window.
const DESCRIPTION_LIMIT = 200;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > DESCRIPTION_LIMIT ? `${flat.slice(0, DESCRIPTION_LIMIT - 1)}…` : flat;
}

/** The words of a card: exactly what it may say, so the generic card says nothing particular. */
export function shareText(card: ShareCard, { share, topics }: ShareTranslators): ShareText {
  if (!card.isPublic) {
    return {
      title: share(`genericTitle.${card.subject}`),
      description: share("genericDescription"),
      alt: share("imageAlt.generic"),
    };
  }
  switch (card.subject) {
    case "room": {
      const line = share("roomDescription", {
        status: share(`status.${card.status}`),
        host: card.host.displayName,
        topic: topics(card.topic),
      });
      return {
        title: card.title,
        description: clip(card.description || line),
        alt: share("imageAlt.room", { title: card.title }),
      };
    }
    case "club": {
      const members = share("members", { count: card.memberCount });
      return {
        title: card.name,
        description: clip(card.description || share("clubDescription", { members })),
        alt: share("imageAlt.club", { name: card.name }),
      };
    }
    case "person": {
      const followers = share("followers", { count: card.followerCount });
      return {
        title: share("personTitle", { name: card.displayName, username: card.username }),
        description: clip(
          card.bio || share("personDescription", { name: card.displayName, followers }),
        ),
        alt: share("imageAlt.person", { name: card.displayName }),
      };
    }
  }
}

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
