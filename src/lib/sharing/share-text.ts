import type { ShareCard } from "@/lib/sharing/share-card";

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
    case "clip": {
      const seconds = Math.round(card.durationMs / 1000);
      return {
        title: share("clipTitle", { title: card.title }),
        description: clip(
          card.speakers.length > 0
            ? share("clipDescription", { seconds, speakers: card.speakers.join(", ") })
            : share("clipDescriptionQuiet", { seconds, host: card.host.displayName }),
        ),
        alt: share("imageAlt.clip", { title: card.title }),
      };
    }
  }
}
