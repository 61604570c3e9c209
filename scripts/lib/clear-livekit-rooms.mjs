// Deletes every room livekit-server holds. The test command runs it between the suites that share
// one livekit-server: rooms the integration and recording tests leave behind belong to databases
// already dropped, and each would close minutes later, mid end-to-end run, sending its
// room_finished webhook to the end-to-end app (a wave of 70 at once stalled the app for 15 s).
//
// usage: node clear-livekit-rooms.mjs   (LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET)
import { RoomServiceClient } from "livekit-server-sdk";

const { LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET } = process.env;
if (!LIVEKIT_URL || !LIVEKIT_API_KEY || !LIVEKIT_API_SECRET) {
  throw new Error("LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET are required");
}
const rooms = new RoomServiceClient(
  LIVEKIT_URL.replace(/^ws/, "http"),
  LIVEKIT_API_KEY,
  LIVEKIT_API_SECRET,
);
const names = (await rooms.listRooms()).map((room) => room.name);
for (const name of names) await rooms.deleteRoom(name);
console.log(`cleared ${names.length} LiveKit rooms left by the earlier suites`);
