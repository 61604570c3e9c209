"use client";

import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { Avatar } from "@/components/people/avatar";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { roomApiPath } from "@/lib/live/room-api";
import { pingableFollowersSchema, type PingableFollower } from "@/lib/validations/pings";
import { requestRoom } from "./request-room";
import { useRoomAction } from "./use-room-action";

/**
 * The ping dialog's body: a search over the viewer's followers who may come in, a Ping button
 * each, and one status line that says what happened (sent, or the server's reason: a cap, say).
 */
export function PingList({ roomId }: { roomId: string }) {
  const t = useTranslations("pings");
  const searchId = useId();
  const [people, setPeople] = useState<PingableFollower[] | null>(null);
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState("");
  const { run, pendingKey, error } = useRoomAction();

  useEffect(() => {
    const abort = new AbortController();
    void requestRoom(roomApiPath(roomId, "pings"), { method: "GET", signal: abort.signal }).then(
      (result) => {
        const parsed = result.ok ? pingableFollowersSchema.safeParse(result.data) : null;
        if (parsed?.success) setPeople(parsed.data.people);
        else if (!abort.signal.aborted) setStatus(t("loadFailed"));
      },
    );
    return () => abort.abort();
  }, [roomId, t]);

  async function ping(person: PingableFollower) {
    setStatus("");
    const result = await run(
      roomApiPath(roomId, "pings"),
      { body: { userId: person.id } },
      person.id,
    );
    if (!result.ok) return;
    setPeople(
      (list) => list?.map((p) => (p.id === person.id ? { ...p, pinged: true } : p)) ?? null,
    );
    setStatus(t("pinged", { name: person.displayName }));
  }

  const words = search.trim().toLocaleLowerCase();
  const shown = (people ?? []).filter(
    (person) =>
      person.displayName.toLocaleLowerCase().includes(words) ||
      person.username.toLocaleLowerCase().includes(words),
  );

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <Label htmlFor={searchId}>{t("search")}</Label>
        <Input
          id={searchId}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          autoComplete="off"
        />
      </div>
      <p role="status" className="text-sm font-medium text-ink-600 empty:hidden">
        {error || status}
      </p>
      {people === null ? (
        <p className="text-sm text-ink-600">{t("loading")}</p>
      ) : shown.length === 0 ? (
        <p className="text-sm text-ink-600">{people.length === 0 ? t("nobody") : t("noMatch")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="flex flex-col divide-y divide-stone-200">
          {shown.map((person) => (
            <li key={person.id} className="flex items-center gap-3 py-2">
              <Avatar
                userId={person.id}
                displayName={person.displayName}
                photoVersion={person.photoVersion}
                size="sm"
              />
              <span className="flex min-w-0 flex-1 flex-col">
                <span className="truncate font-semibold">{person.displayName}</span>
                <span className="truncate text-sm text-ink-600">@{person.username}</span>
              </span>
              {person.pinged ? (
                <span className="flex items-center gap-1 text-sm font-semibold text-ink-600">
                  <Check aria-hidden="true" className="size-4" />
                  {t("sent")}
                </span>
              ) : (
                <Button
                  size="sm"
                  disabled={pendingKey !== null}
                  aria-label={t("pingPerson", { name: person.displayName })}
                  onClick={() => void ping(person)}
                >
                  {t("ping")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
