import "server-only";
import { assertAdmin } from "@/server/admin/assert-admin";
import { createInvite, type CreatedInvite } from "@/server/invites/create-invite";

export type MintInviteOptions = { actorId: string };

/** An invite minted from the admin page (admins have no allowance to spend). */
export async function mintInvite({ actorId }: MintInviteOptions): Promise<CreatedInvite> {
  await assertAdmin(actorId);
  return createInvite({ actorId });
}
