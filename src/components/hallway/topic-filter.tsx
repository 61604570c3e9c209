import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { ROOM_TOPICS, type RoomTopicValue } from "@/lib/topics";

// Filter chips are links (each filter is a URL), styled as pills; the current one is marked.
const chip = "rounded-full px-3 py-1 text-sm font-medium";
const idle = cn(chip, "bg-white hover:bg-ember-100");
const active = cn(chip, "bg-ink-900 text-white");

export function TopicFilter({ current }: { current: RoomTopicValue | undefined }) {
  const t = useTranslations("hallway");
  const topics = useTranslations("topics");
  return (
    <nav aria-label={t("filterByTopic")}>
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link
            href="/"
            className={current ? idle : active}
            aria-current={current ? undefined : "page"}
          >
            {t("allTopics")}
          </Link>
        </li>
        {ROOM_TOPICS.map((topic) => (
          <li key={topic}>
            <Link
              href={`/?topic=${topic}`}
              className={current === topic ? active : idle}
              aria-current={current === topic ? "page" : undefined}
            >
              {topics(topic)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
