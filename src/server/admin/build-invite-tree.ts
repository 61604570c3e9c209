export type InviteTreeUser = {
  id: string;
  username: string;
  displayName: string;
  invitedById: string | null;
  disabledAt: Date | null;
};

export type InviteTreeNode = Omit<InviteTreeUser, "invitedById"> & { invitees: InviteTreeNode[] };

/**
 * Turns a flat list (in the order siblings should appear) into trees rooted at members nobody
 * invited. Someone whose inviter is missing from the list becomes a root, so nobody is lost.
 */
export function buildInviteTree(users: InviteTreeUser[]): InviteTreeNode[] {
  const nodes = new Map<string, InviteTreeNode>();
  for (const { id, username, displayName, disabledAt } of users) {
    nodes.set(id, { id, username, displayName, disabledAt, invitees: [] });
  }
  const roots: InviteTreeNode[] = [];
  for (const user of users) {
    const node = nodes.get(user.id);
    if (!node) continue;
    const parent = user.invitedById ? nodes.get(user.invitedById) : undefined;
    if (parent && parent !== node) parent.invitees.push(node);
    else roots.push(node);
  }
  return roots;
}
