import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { roomParamsSchema } from "@/lib/live/room-api";

type RoomLayoutProps = { children: ReactNode; params: Promise<{ roomId: string }> };

// An address that cannot name any room (not a room id) is a room that does not exist: said by
// src/app/rooms/not-found.tsx, since a notFound() here is caught above this segment, not by its
// "This room is private" page. That one stays for real ids the viewer may not see.
export default async function RoomLayout({ children, params }: RoomLayoutProps) {
  const { roomId } = await params;
  if (!roomParamsSchema.safeParse({ roomId }).success) notFound();
  return children;
}
