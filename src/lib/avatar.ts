// Generated avatars: initials on a colour that stays the same for a person wherever they appear.
const PALETTE = [
  "#b45309",
  "#be123c",
  "#7c3aed",
  "#0f766e",
  "#1d4ed8",
  "#4d7c0f",
  "#c2410c",
  "#0e7490",
];

export function initialsOf(displayName: string): string {
  const words = displayName.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [displayName.trim()];
  return (
    letters
      .map((word) => [...(word ?? "")][0] ?? "")
      .join("")
      .toUpperCase() || "?"
  );
}

export function avatarColour(seed: string): string {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? "#57534e";
}
