"use client";

import { Flame, Hand, Heart, Laugh, PartyPopper, type LucideIcon } from "lucide-react";
import { useSyncExternalStore } from "react";
import { cn } from "@/components/ui/cn";
import type { ReactionEmoji } from "@/lib/live/messages";
import { whenIdle } from "@/lib/when-idle";

// Where no colour emoji font is installed (Debian's Chromium without fonts-noto-color-emoji, some
// kiosks), an emoji draws as an empty box. The reactions then show these drawings instead.
const FALLBACK: Record<ReactionEmoji, { icon: LucideIcon; className: string } | null> = {
  "👏": { icon: PartyPopper, className: "text-amber-600" },
  "❤️": { icon: Heart, className: "fill-red-600 text-red-600" },
  "😂": { icon: Laugh, className: "text-amber-600" },
  "🔥": { icon: Flame, className: "fill-amber-400 text-ember-700" },
  "🙌": { icon: Hand, className: "text-amber-700" },
  // "100" in the emoji's red says it better than any icon.
  "💯": null,
};

let canDrawEmoji: boolean | null = null;

/**
 * Draws one emoji on a canvas and looks for colour: a colour emoji font paints colour, the
 * missing-glyph box is drawn in the text colour (black). Measured once per page.
 */
function detectEmoji(): boolean {
  if (canDrawEmoji !== null) return canDrawEmoji;
  const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true });
  if (!context) return (canDrawEmoji = true);
  context.canvas.width = context.canvas.height = 24;
  context.fillStyle = "#000";
  context.textBaseline = "top";
  context.font = "20px sans-serif";
  context.fillText("🔥", 0, 0);
  const pixels = context.getImageData(0, 0, 24, 24).data;
  canDrawEmoji = false;
  for (let index = 0; index < pixels.length; index += 4) {
    const [red = 0, green = 0, blue = 0] = [pixels[index], pixels[index + 1], pixels[index + 2]];
    if (Math.abs(red - green) > 20 || Math.abs(green - blue) > 20) {
      canDrawEmoji = true;
      break;
    }
  }
  return canDrawEmoji;
}

// Drawing and reading the canvas is slow enough to lengthen the task that mounts a room on a
// phone: it is measured once the page is idle, and the glyphs redraw only where emoji failed.
const listeners = new Set<() => void>();
let detecting = false;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (canDrawEmoji === null && !detecting) {
    detecting = true;
    whenIdle(() => {
      if (!detectEmoji()) for (const notify of listeners) notify();
    });
  }
  return () => listeners.delete(listener);
}

const assumedUntilMeasured = () => canDrawEmoji ?? true;

/** True where emoji draw in colour; assumed until measured, as on the server. */
export function useEmojiSupport(): boolean {
  return useSyncExternalStore(subscribe, assumedUntilMeasured, () => true);
}

/** One reaction: the emoji where the device draws it, else a drawing of the same thing. */
export function ReactionGlyph({ emoji, className }: { emoji: ReactionEmoji; className?: string }) {
  const supported = useEmojiSupport();
  if (supported) {
    return (
      <span aria-hidden="true" className={className}>
        {emoji}
      </span>
    );
  }
  const fallback = FALLBACK[emoji];
  const Icon = fallback?.icon;
  return (
    <span aria-hidden="true" className={cn("inline-flex", className)}>
      {Icon ? (
        <Icon className={cn("size-[1em]!", fallback.className)} />
      ) : (
        <span className="text-[0.6em] font-black text-red-600 underline decoration-2">{"100"}</span>
      )}
    </span>
  );
}
