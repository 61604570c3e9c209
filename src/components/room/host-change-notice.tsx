import { useTranslations } from "next-intl";
import { useHostChange } from "./use-room-messages";

/** "Nora left; Leo is the host now", told to everyone in the room and read out by screen readers. */
export function HostChangeNotice({ myId }: { myId: string }) {
  const t = useTranslations("room");
  const change = useHostChange();
  return (
    <p role="status" aria-live="polite" className="pointer-events-auto empty:hidden">
      {change === null ? null : (
        <span className="inline-block rounded-full bg-ink-900 px-4 py-2 text-sm text-white shadow-md">
          {change.toId === myId
            ? t("hostChangedToYou", { from: change.fromName })
            : t("hostChanged", { from: change.fromName, to: change.toName })}
        </span>
      )}
    </p>
  );
}
