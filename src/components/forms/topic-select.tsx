import { useTranslations } from "next-intl";
import { FieldError } from "@/components/forms/field-error";
import { Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ROOM_TOPICS, type RoomTopicValue } from "@/lib/topics";

type TopicSelectProps = {
  id: string;
  /** Without one, the member must choose: the first option is a disabled prompt. */
  defaultValue?: RoomTopicValue;
  errors?: string[] | undefined;
};

/** The room topic field, labelled "Topic", with its error tied to it. */
export function TopicSelect({ id, defaultValue, errors }: TopicSelectProps) {
  const t = useTranslations("forms");
  const topics = useTranslations("topics");
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id}>{t("topic")}</Label>
      <Select
        id={id}
        name="topic"
        defaultValue={defaultValue ?? ""}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errorId}
      >
        {!defaultValue && (
          <option value="" disabled>
            {t("chooseTopic")}
          </option>
        )}
        {ROOM_TOPICS.map((topic) => (
          <option key={topic} value={topic}>
            {topics(topic)}
          </option>
        ))}
      </Select>
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}
