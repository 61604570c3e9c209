// Members and rooms for the cluster tests, written straight into the cluster's database.
import { createDb } from "@/server/create-db";
import { createLiveRoom } from "../../fixtures/rooms";
import { createTestUser } from "../../fixtures/users";
import { cluster } from "./cluster";
import { Member } from "./member";

export const db = createDb(process.env.CLUSTER_DATABASE_URL ?? "", 4);

let tone = 300;

export async function newMember(): Promise<Member> {
  tone += 110;
  return new Member(await createTestUser(db), tone);
}

/** A live room hosted by a new member, who has not joined it yet. */
export async function newRoom(
  title = "Cluster test room",
): Promise<{ roomId: string; host: Member }> {
  const host = await newMember();
  const room = await createLiveRoom(db, { hostId: host.id, title });
  return { roomId: room.id, host };
}

export { cluster };
