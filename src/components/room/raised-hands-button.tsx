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
    <Button
      variant="secondary"
      size="bar"
      aria-label={t("handsRaised", { count })}
      title={t("handsRaised", { count })}
      onClick={showQueue}
    >
      <span className="flex items-center gap-1">
        <Hand aria-hidden="true" />
        <span
          aria-hidden="true"
          className={
            count > 0
              ? "min-w-6 rounded-full bg-ember-700 px-1.5 text-center text-sm leading-6 text-white"
              : "min-w-6 rounded-full bg-stone-200 px-1.5 text-center text-sm leading-6 text-ink-600"
          }
        >
          {count}
        </span>
      </span>
      <span aria-hidden="true" className="sm:hidden">
        {tPeople("barHands")}
      </span>
    </Button>
  );
}
