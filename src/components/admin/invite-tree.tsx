import Link from "next/link";
import type { InviteTreeNode } from "@/server/admin/build-invite-tree";

/** Who invited whom, as nested lists so screen readers announce the depth of each member. */
export function InviteTree({ roots }: { roots: InviteTreeNode[] }) {
  if (roots.length === 0) return <p className="text-sm text-ink-600">No members yet.</p>;
  return <InviteList nodes={roots} label="Invite tree" />;
}

function InviteList({ nodes, label }: { nodes: InviteTreeNode[]; label?: string }) {
  return (
    <ul
      aria-label={label}
      className={`flex flex-col gap-1 ${label ? "" : "mt-1 border-l-2 border-ember-100 pl-4"}`}
    >
      {nodes.map((node) => (
        <li key={node.id}>
          {node.disabledAt ? (
            <span className="text-ink-600 line-through">
              {node.displayName} <span className="sr-only">(disabled)</span>
            </span>
          ) : (
            <Link href={`/@${node.username}`} className="font-medium hover:underline">
              {node.displayName}
            </Link>
          )}
          <span className="ml-2 text-xs text-ink-600">
            @{node.username}
            {node.invitees.length > 0 && ` · invited ${node.invitees.length}`}
          </span>
          {node.invitees.length > 0 && <InviteList nodes={node.invitees} />}
        </li>
      ))}
    </ul>
  );
}
