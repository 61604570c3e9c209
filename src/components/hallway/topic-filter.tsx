import Link from "next/link";
import { ROOM_TOPICS, TOPIC_LABELS, type RoomTopicValue } from "@/lib/topics";

const base = "rounded-full px-3 py-1 text-sm font-medium";
const idle = `${base} bg-white hover:bg-ember-100`;
const active = `${base} bg-ink-900 text-white`;

export function TopicFilter({ current }: { current: RoomTopicValue | undefined }) {
  return (
    <nav aria-label="Filter by topic">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link
            href="/"
            className={current ? idle : active}
            aria-current={current ? undefined : "page"}
          >
            All
          </Link>
        </li>
        {ROOM_TOPICS.map((topic) => (
          <li key={topic}>
            <Link
              href={`/?topic=${topic}`}
              className={current === topic ? active : idle}
              aria-current={current === topic ? "page" : undefined}
            >
              {TOPIC_LABELS[topic]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
