import { Radio } from "lucide-react";
import { useTranslations } from "next-intl";
import type { LiveRoomPreview } from "@/server/invites/list-rooms-live-for-visitor";

/**
 * On an invite page: a few open rooms live right now, so a newcomer sees what they are signing up
 * for. Not links: a visitor cannot enter a room before they have an account.
 */
export function LiveNowPreview({ rooms }: { rooms: LiveRoomPreview[] }) {
  const t = useTranslations("signup");
  return (
    <section aria-labelledby="live-now-heading" className="flex flex-col gap-3">
      <h2 id="live-now-heading" className="flex items-center gap-2 text-lg font-semibold">
        <Radio aria-hidden="true" className="size-5 text-ember-700" />
        {t("liveNowHeading")}
      </h2>
      {rooms.length === 0 ? (
        <p className="text-sm text-ink-600">{t("liveNowEmpty")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {rooms.map((room) => (
            <li key={room.id} className="rounded-xl bg-white p-4 shadow-sm">
              <p className="font-semibold break-words">{room.title}</p>
              <p className="text-sm text-ink-600">
                {t("liveNowRoom", {
                  host: room.hostName,
                  speakers: room.speakerCount,
                  listeners: room.listenerCount,
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
