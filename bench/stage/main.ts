// stage — moderator clicks "Invite to speak" → another listener receives the new speaker's first
// audio bytes (20 samples). Not runnable until the room page renders the stage controls.
import { recordNotRunnable } from "../lib/not-runnable";

recordNotRunnable(
  "stage",
  "the room page does not yet show the hand queue's Invite to speak; the stage UI is not wired into src/app/rooms/[roomId]",
);
