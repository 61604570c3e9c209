// The share image is drawn with the one font next/og ships (Geist Regular: Latin, Cyrillic and
// Vietnamese). For any other character next/og would fetch a font from Google, sending the text
// along; Hearth makes no network calls at run time, so such text is left out of the image (the
// card's title and description still carry it as text beside the image).

// Code point ranges the bundled Geist Regular has glyphs for (a safe subset of its cmap).
const GEIST_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x113],
  [0x116, 0x12b],
  [0x12e, 0x137],
  [0x139, 0x13e],
  [0x141, 0x148],
  [0x14a, 0x14d],
  [0x150, 0x17e],
  [0x400, 0x45f],
  [0x1ea0, 0x1ef9],
  [0x2013, 0x2014],
  [0x2018, 0x201a],
  [0x201c, 0x201e],
  [0x2020, 0x2022],
  [0x2026, 0x2026],
];

// Emoji are decoration: dropping them keeps "🎸 Friday jam" drawable as "Friday jam".
const EMOJI =
  /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200d\ufe0f\u20e3]/gu;

function isDrawable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return GEIST_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** The text as the image can draw it, or null when part of it cannot be drawn (a mangled title is worse than none). */
export function drawableText(text: string): string | null {
  const cleaned = text.replace(EMOJI, "").replace(/\s+/g, " ").trim();
  if (cleaned === "") return null;
  return [...cleaned].every(isDrawable) ? cleaned : null;
}
