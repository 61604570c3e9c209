import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { MemberAccessButton } from "@/components/admin/member-access-button";
import type { ActionResult } from "@/server/actions/action-result";
import type { MemberRow } from "@/server/admin/list-members";

type AccessResult = ActionResult<{ disabled: boolean }>;

type MemberTableProps = {
  members: MemberRow[];
  callerId: string;
  action: (previous: AccessResult, formData: FormData) => Promise<AccessResult>;
};

/** Every account with its state, and the control to disable or re-enable it. */
export function MemberTable({ members, callerId, action }: MemberTableProps) {
  const t = useTranslations("admin");
  const format = useFormatter();
  return (
    // `relative` keeps the screen-reader-only labels inside the scroll box on narrow screens.
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-ember-100 text-ink-600">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("member")}
            </th>
            <th scope="col" className="hidden py-2 pr-4 font-semibold md:table-cell">
              {t("email")}
            </th>
            <th scope="col" className="hidden py-2 pr-4 font-semibold sm:table-cell">
              {t("joined")}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("status")}
            </th>
            <th scope="col" className="py-2 text-right font-semibold">
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id} className="border-b border-stone-100 last:border-0">
              <th scope="row" className="py-2 pr-4 font-medium">
                {member.disabledAt ? (
                  <span>{member.displayName}</span>
                ) : (
                  <Link href={`/@${member.username}`} className="hover:underline">
                    {member.displayName}
                  </Link>
                )}
                <span className="block text-xs font-normal text-ink-600">@{member.username}</span>
                <span className="block text-xs font-normal break-all text-ink-600 md:hidden">
                  {member.email}
                </span>
              </th>
              <td className="hidden py-2 pr-4 break-all md:table-cell">{member.email}</td>
              <td className="hidden py-2 pr-4 whitespace-nowrap sm:table-cell">
                {format.dateTime(member.createdAt, "date")}
              </td>
              <td className="py-2 pr-4">
                {member.disabledAt ? (
                  <span className="rounded-full bg-red-100 px-2 py-0.5 text-red-800">
                    {t("disabled")}
                  </span>
                ) : member.role === "ADMIN" ? (
                  <span className="rounded-full bg-ember-100 px-2 py-0.5">{t("admin")}</span>
                ) : (
                  <span className="text-ink-600">{t("active")}</span>
                )}
              </td>
              <td className="py-2">
                {member.id !== callerId && (
                  <MemberAccessButton
                    action={action}
                    userId={member.id}
                    displayName={member.displayName}
                    isDisabled={member.disabledAt !== null}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
