"use client";

import { ErrorPage } from "@/components/layout/error-page";

// The room page failed on the server (its render joins the room too): said as a room that would
// not open, with the digest to quote, "Try again" and the way back to the hallway.
export default function RoomError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPage error={error} retry={retry} place="room" />;
}
