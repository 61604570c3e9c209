// Display names are shown beside other people's words (chat, the stage, notifications), so they
// may not carry characters that change how the text around them reads: bidirectional controls can
// reverse a line ("‮txt.exe" shows as "exe.txt"), and zero-width ones make two names that look
// the same differ, or an empty-looking name pass. They are removed, not refused: a name pasted from
// elsewhere often carries one by accident.

// Bidi embeddings, overrides and isolates, marks (LRM, RLM, ALM), zero-width space and non-joiner,
// word joiner and invisible operators, BOM, Mongolian vowel separator, soft hyphen, Hangul fillers,
// and variation-free invisible characters people use as blank names.
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0E\uFEFF\uFFA0\u{E0000}-\u{E007F}]/gu;
// A zero-width joiner is kept only inside an emoji sequence (👩‍💻), where it is what it is for.
const STRAY_JOINER =
  /(?<![\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F])\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
const CONTROL = /\p{Cc}/gu;
const SPACES = /[\s\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/gu;

/** The display name as stored and shown: NFC, no invisible or control characters, single spaces. */
export function cleanDisplayName(value: string): string {
  return value
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(STRAY_JOINER, "")
    .replace(CONTROL, " ")
    .replace(SPACES, " ")
    .trim();
}
