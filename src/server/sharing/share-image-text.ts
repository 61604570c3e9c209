import "server-only";
import { drawableText } from "@/lib/sharing/drawable-text";
import type { ShareCard } from "@/lib/sharing/share-card";
import type { ShareTranslators } from "@/lib/sharing/share-text";

/** What the share image says, each line already reduced to what its font can draw (or null). */
export type ShareImageText = {
  badge: string | null;
  isLive: boolean;
  title: string | null;
  subtitle: string | null;
  body: string | null;
  footer: string | null;
  tagline: string;
};

// Crawlers send no time zone: a start time on the image says it is in UTC.
const startTime = new Intl.DateTimeFormat("en", {
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

function joined(parts: (string | null)[]): string | null {
  const kept = parts.filter((part): part is string => part !== null);
  return kept.length > 0 ? kept.join("  ·  ") : null;
}

/**
 * The image's lines for a card; the generic card gets its generic title and the tagline only. A
 * name the font cannot draw gives way to the generic title (the card's text still carries it).
 */
export function shareImageText(
  card: ShareCard,
  { share, topics }: ShareTranslators,
): ShareImageText {
  const tagline = share("tagline");
  const genericTitle = drawableText(share(`genericTitle.${card.subject}`));
  const empty = { badge: null, isLive: false, subtitle: null, body: null, footer: null, tagline };
  if (!card.isPublic) return { ...empty, title: genericTitle };
  switch (card.subject) {
    case "room": {
      const status = share(`status.${card.status}`);
      const isLive = card.status === "LIVE";
      const when =
        card.status === "SCHEDULED" && card.scheduledFor
          ? startTime.format(card.scheduledFor)
          : null;
      const host = drawableText(card.host.displayName);
      const club = card.clubName === null ? null : drawableText(card.clubName);
      return {
        ...empty,
        badge: joined([status, when]),
        isLive,
        title: drawableText(card.title) ?? genericTitle,
        subtitle: joined([
          host && share("hostedBy", { host }),
          drawableText(topics(card.topic)),
          club && share("inClub", { club }),
        ]),
        body: drawableText(card.description),
        footer: isLive
          ? joined([
              share("speakers", { count: card.speakerCount }),
              share("listeners", { count: card.listenerCount }),
            ])
          : null,
      };
    }
    case "club":
      return {
        ...empty,
        title: drawableText(card.name) ?? genericTitle,
        subtitle: joined(card.topics.map((topic) => drawableText(topics(topic)))),
        body: drawableText(card.description),
        footer: share("members", { count: card.memberCount }),
      };
    case "clip":
      return {
        ...empty,
        badge: share("clipBadge", { seconds: Math.round(card.durationMs / 1000) }),
        title: drawableText(card.title) ?? genericTitle,
        subtitle: joined(card.speakers.map((name) => drawableText(name))),
        footer: joined([
          drawableText(share("hostedBy", { host: card.host.displayName })),
          startTime.format(card.startsAt),
        ]),
      };
    case "person":
      return {
        ...empty,
        title: drawableText(card.displayName) ?? genericTitle,
        subtitle: `@${card.username}`,
        body: drawableText(card.bio),
        footer: share("followers", { count: card.followerCount }),
      };
  }
}
