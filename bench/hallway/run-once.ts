// One findHallway call for the large seed's viewer; its plans are logged by auto_explain.
import { db } from "@/server/db";
import { findHallway } from "@/server/rooms/find-hallway";
import { LARGE_SEED_VIEWER } from "./viewer";

const viewer = await db.user.findUniqueOrThrow({
  where: { username: LARGE_SEED_VIEWER },
  select: { id: true },
});
await findHallway({ viewerId: viewer.id });
await db.$disconnect();
