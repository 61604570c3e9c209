import { useId } from "react";
import { ROOM_TOPICS, TOPIC_LABELS, type RoomTopicValue } from "@/lib/topics";
import { TOPIC_FIELD_PREFIX } from "@/lib/validations/users";

type TopicsFieldProps = { selected: RoomTopicValue[]; errors?: string[] | undefined };

/** Topics of interest as a group of checkboxes, one form field per topic. */
export function TopicsField({ selected, errors }: TopicsFieldProps) {
  const errorId = useId();
  const error = errors?.[0];
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-semibold">Topics of interest</legend>
      <div className="flex flex-wrap gap-2">
        {ROOM_TOPICS.map((topic) => (
          <label
            key={topic}
            className="flex cursor-pointer items-center gap-2 rounded-full border border-stone-300 bg-white px-3 py-1.5 text-sm has-checked:border-ember-600 has-checked:bg-ember-100"
          >
            <input
              type="checkbox"
              name={`${TOPIC_FIELD_PREFIX}${topic}`}
              defaultChecked={selected.includes(topic)}
              className="accent-ember-600"
            />
            {TOPIC_LABELS[topic]}
          </label>
        ))}
      </div>
      <p id={errorId} aria-live="polite" className="text-sm text-red-700">
        {error}
      </p>
    </fieldset>
  );
}
