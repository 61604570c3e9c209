// Room topic categories, shared by forms, filters and labels.
export const ROOM_TOPICS = [
  "TECH",
  "BUSINESS",
  "SPORTS",
  "MUSIC_KARAOKE",
  "GAMES",
  "DATING_FRIENDS",
  "CULTURE",
  "OTHER",
] as const;

export type RoomTopicValue = (typeof ROOM_TOPICS)[number];

export const TOPIC_LABELS: Record<RoomTopicValue, string> = {
  TECH: "Tech",
  BUSINESS: "Business",
  SPORTS: "Sports",
  MUSIC_KARAOKE: "Music and Karaoke",
  GAMES: "Games",
  DATING_FRIENDS: "Dating and Friends",
  CULTURE: "Culture",
  OTHER: "Other",
};

export function isRoomTopic(value: unknown): value is RoomTopicValue {
  return typeof value === "string" && (ROOM_TOPICS as readonly string[]).includes(value);
}
