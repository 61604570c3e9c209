import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { InviteTreeNode } from "@/server/admin/build-invite-tree";

/** Who invited whom, as nested lists so screen readers announce the depth of each member. */
export function InviteTree({ roots }: { roots: InviteTreeNode[] }) {
  const t = useTranslations("admin");
  if (roots.length === 0) return <p className="text-sm text-ink-600">{t("noMembers")}</p>;
  return <InviteList nodes={roots} label={t("treeHeading")} />;
}

function InviteList({ nodes, label }: { nodes: InviteTreeNode[]; label?: string }) {
  const t = useTranslations("admin");
  return (
    <ul
      aria-label={label}
      className={cn("flex flex-col gap-1", !label && "mt-1 border-l-2 border-ember-100 pl-4")}
    >
      {nodes.map((node) => (
        <li key={node.id}>
          {node.disabledAt ? (
            <span className="text-ink-600 line-through">
              {node.displayName} <span className="sr-only">{t("disabledSuffix")}</span>
            </span>
          ) : (
            <Link href={`/@${node.username}`} className="font-medium hover:underline">
              {node.displayName}
            </Link>
          )}
          <span className="ml-2 text-xs text-ink-600">
            @{node.username}
            {node.invitees.length > 0 && ` · ${t("invitedCount", { count: node.invitees.length })}`}
          </span>
          {node.invitees.length > 0 && <InviteList nodes={node.invitees} />}
        </li>
      ))}
    </ul>
  );
}
