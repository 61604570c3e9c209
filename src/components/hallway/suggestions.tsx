import Link from "next/link";
import { useTranslations } from "next-intl";
import { Avatar } from "@/components/people/avatar";
import type { Suggestions as SuggestionsData } from "@/server/suggestions/suggest-for-newcomer";

const cardClass =
  "flex items-center gap-3 rounded-2xl bg-white p-4 shadow-sm hover:shadow-md focus-visible:outline-3 focus-visible:outline-ember-700";

/** People and clubs to follow for someone whose hallway is still quiet. */
export function Suggestions({ suggestions }: { suggestions: SuggestionsData }) {
  const t = useTranslations("suggestions");
  const topics = useTranslations("topics");
  if (suggestions.people.length === 0 && suggestions.clubs.length === 0) return null;
  return (
    <section aria-labelledby="suggestions-heading" className="flex flex-col gap-3">
      <h2 id="suggestions-heading" className="text-xl font-bold">
        {t("title")}
      </h2>
      <ul className="grid gap-3 md:grid-cols-2">
        {suggestions.people.map((person) => (
          <li key={person.id}>
            <Link href={`/@${person.username}`} className={cardClass}>
              <Avatar
                userId={person.id}
                displayName={person.displayName}
                size="sm"
                photoVersion={person.photoVersion}
              />
              <span className="flex min-w-0 flex-col">
                <span className="font-semibold">{person.displayName}</span>
                <span className="text-sm text-ink-600">
                  {person.reason === "sharesTopic" && person.topic
                    ? t("sharesTopic", { topic: topics(person.topic) })
                    : t(person.reason === "invitedYou" ? "invitedYou" : "followedByInviter")}
                </span>
              </span>
            </Link>
          </li>
        ))}
        {suggestions.clubs.map((club) => (
          <li key={club.id}>
            <Link href={`/clubs/${club.slug}`} className={cardClass}>
              <span className="flex min-w-0 flex-col">
                <span className="font-semibold">{club.name}</span>
                <span className="text-sm text-ink-600">
                  {club.topic ? t("clubOnTopic", { topic: topics(club.topic) }) : t("club")}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
