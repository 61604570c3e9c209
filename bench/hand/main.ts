// hand — listener clicks "Raise hand" → the moderator's queue shows it (30 samples, one clock).
// Not runnable until the room page renders the stage controls (src/components/stage/** exists, but
// src/app/rooms/[roomId] does not wire RaiseHandButton and HandQueuePanel in yet).
import { recordNotRunnable } from "../lib/not-runnable";

recordNotRunnable(
  "hand",
  "the room page does not yet show Raise hand / the moderators' hand queue; the stage UI is not wired into src/app/rooms/[roomId]",
);
