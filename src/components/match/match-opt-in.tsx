"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { ROOM_TOPICS, type RoomTopicValue } from "@/lib/topics";

type MatchOptInProps = {
  initialTopics: RoomTopicValue[];
  onSave: (topics: RoomTopicValue[]) => Promise<void>;
};

/** Asked once: the adult confirmation and the interests matching looks at. */
export function MatchOptIn({ initialTopics, onSave }: MatchOptInProps) {
  const t = useTranslations("match");
  const topicLabel = useTranslations("topics");
  const [adult, setAdult] = useState(initialTopics.length > 0);
  const [topics, setTopics] = useState<RoomTopicValue[]>(initialTopics);
  const [busy, setBusy] = useState(false);
  const toggle = (topic: RoomTopicValue, on: boolean) =>
    setTopics((current) => (on ? [...current, topic] : current.filter((x) => x !== topic)));
  return (
    <form
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        void onSave(topics).finally(() => setBusy(false));
      }}
    >
      <p className="text-ink-600">{t("intro")}</p>
      <label className="flex items-center gap-3 font-medium">
        <Checkbox checked={adult} onCheckedChange={(value) => setAdult(value === true)} />
        {t("adultConfirm")}
      </label>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 font-semibold">{t("interestsLegend")}</legend>
        <div className="grid grid-cols-2 gap-3">
          {ROOM_TOPICS.map((topic) => (
            <label key={topic} className="flex items-center gap-2">
              <Checkbox
                checked={topics.includes(topic)}
                onCheckedChange={(value) => toggle(topic, value === true)}
              />
              {topicLabel(topic)}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" size="lg" disabled={!adult || topics.length === 0 || busy}>
        {t("saveOptIn")}
      </Button>
    </form>
  );
}
