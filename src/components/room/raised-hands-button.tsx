import { Hand } from "lucide-react";
import { useTranslations } from "next-intl";
import { useHandQueue } from "@/components/stage/use-hand-queue";
import { Button } from "@/components/ui/button";

/**
 * For hosts and moderators: how many hands are up, as a badge in the control bar, and a tap
 * away from the queue (which sits far up the page on a phone).
 */
export function RaisedHandsButton() {
  const t = useTranslations("roomBar");
  const tPeople = useTranslations("roomPeople");
  const count = useHandQueue().length;
  const showQueue = () => {
    const queue = document.getElementById("hand-queue-title");
    queue?.scrollIntoView({ block: "center", behavior: "smooth" });
  };
  return (
    // Named by what it shows ("2 hands", the word only on phones) and the rest for screen readers,
    // so the visible words are part of its name.
    <Button variant="secondary" size="bar" title={t("handsRaised", { count })} onClick={showQueue}>
      <span className="flex items-center gap-1">
        <Hand aria-hidden="true" />
        <span
          className={
            count > 0
              ? "min-w-6 rounded-full bg-ember-700 px-1.5 text-center text-sm leading-6 text-white"
              : "min-w-6 rounded-full bg-stone-200 px-1.5 text-center text-sm leading-6 text-ink-600"
          }
        >
          {count}
        </span>
      </span>{" "}
      <span className="sm:sr-only">{tPeople("barHands", { count })}</span>{" "}
      <span className="sr-only">{t("handsQueueHint")}</span>
    </Button>
  );
}
