import { FieldError } from "@/components/forms/field-error";
import { ROOM_TOPICS, TOPIC_LABELS, type RoomTopicValue } from "@/lib/topics";

type TopicSelectProps = {
  id: string;
  /** Without one, the member must choose: the first option is a disabled prompt. */
  defaultValue?: RoomTopicValue;
  errors?: string[] | undefined;
};

/** The room topic field, labelled "Topic", with its error tied to it. */
export function TopicSelect({ id, defaultValue, errors }: TopicSelectProps) {
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        Topic
      </label>
      <select
        id={id}
        name="topic"
        defaultValue={defaultValue ?? ""}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errorId}
        className="rounded-lg border border-stone-300 bg-white px-3 py-2 aria-invalid:border-red-600"
      >
        {!defaultValue && (
          <option value="" disabled>
            Choose a topic
          </option>
        )}
        {ROOM_TOPICS.map((topic) => (
          <option key={topic} value={topic}>
            {TOPIC_LABELS[topic]}
          </option>
        ))}
      </select>
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}
