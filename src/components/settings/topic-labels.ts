import type { RoomTopic } from "@/generated/prisma/enums";

// How topics read to people; the enum names are for the database.
export const topicLabels: Record<RoomTopic, string> = {
  TECH: "Tech",
  BUSINESS: "Business",
  SPORTS: "Sports",
  MUSIC_KARAOKE: "Music and Karaoke",
  GAMES: "Games",
  DATING_FRIENDS: "Dating and Friends",
  CULTURE: "Culture",
  OTHER: "Other",
};
