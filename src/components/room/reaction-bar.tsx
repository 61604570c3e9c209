import { SmilePlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { MenuOnDemand } from "@/components/ui/menu-on-demand";
import { REACTION_EMOJI, type ReactionEmoji } from "@/lib/live/messages";
import { roomApiPath } from "@/lib/live/room-api";
import { ReactionGlyph } from "./reaction-glyph";
import { useRoomAction } from "./use-room-action";

// Each emoji's name in the room catalogue: it is the button's accessible name.
const REACTION_KEYS = {
  "👏": "reactionApplause",
  "❤️": "reactionLove",
  "😂": "reactionLaughter",
  "🔥": "reactionFire",
  "🙌": "reactionRaisedHands",
  "💯": "reactionHundred",
} as const satisfies Record<ReactionEmoji, string>;

/**
 * A few emoji that float beside the sender for everyone; the app forwards them, not the browser.
 * A row of buttons from sm up; on a phone one button opens them as a menu, to keep the bar one row.
 */
export function ReactionBar({ roomId }: { roomId: string }) {
  const t = useTranslations("room");
  const tBar = useTranslations("roomBar");
  const { run, error } = useRoomAction();
  const react = (emoji: ReactionEmoji) =>
    void run(roomApiPath(roomId, "reactions"), { body: { emoji } });

  return (
    <>
      <MenuOnDemand
        trigger={
          <Button
            variant="raised"
            size="bar"
            aria-label={tBar("reactionsMenu")}
            className="sm:hidden"
          >
            <SmilePlus aria-hidden="true" />
            <span aria-hidden="true">{tBar("react")}</span>
          </Button>
        }
        side="top"
        align="center"
        contentClassName="flex min-w-0 gap-1"
        itemClassName="size-11 justify-center p-0"
        items={REACTION_EMOJI.map((emoji) => ({
          key: emoji,
          ariaLabel: t("react", { label: t(REACTION_KEYS[emoji]) }),
          onSelect: () => react(emoji),
          label: <ReactionGlyph emoji={emoji} className="text-2xl" />,
        }))}
      />
      <div role="group" aria-label={t("reactions")} className="hidden gap-1 sm:flex">
        {REACTION_EMOJI.map((emoji) => (
          <Button
            key={emoji}
            variant="raised"
            size="iconCompact"
            aria-label={t("react", { label: t(REACTION_KEYS[emoji]) })}
            title={t(REACTION_KEYS[emoji])}
            onClick={() => react(emoji)}
          >
            <ReactionGlyph emoji={emoji} className="text-xl" />
          </Button>
        ))}
      </div>
      <p role="status" className="text-sm text-red-700 empty:hidden">
        {error}
      </p>
    </>
  );
}
