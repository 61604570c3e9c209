import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { requestRoom, type RoomRequestInit, type RoomRequestResult } from "./request-room";

export type RoomAction = {
  /** Calls the endpoint; `key` names what is pending when one component runs several at once. */
  run: (path: string, init?: RoomRequestInit, key?: string) => Promise<RoomRequestResult>;
  pending: boolean;
  /** The key of the call in flight (or "" for an unnamed one), null when idle. */
  pendingKey: string | null;
  /** What went wrong with the last call, for a role="status" line; "" after a success. */
  error: string;
  setError: (error: string) => void;
};

/**
 * The pending and error state every room and stage control needs around `requestRoom`: the
 * server's reason when it gave one, else the room catalogue's words for an unreachable or failed call.
 */
export function useRoomAction(): RoomAction {
  const t = useTranslations("room");
  const tBar = useTranslations("roomBar");
  const [pendingKey, setPendingKey] = useState<string | null>(null);
  const [error, setError] = useState("");
  // A 429 counts down its Retry-After and then clears, instead of a fixed "try again in 5 s".
  const [secondsLeft, setSecondsLeft] = useState(0);

  useEffect(() => {
    if (secondsLeft <= 0) return;
    const timer = setTimeout(() => {
      setSecondsLeft(secondsLeft - 1);
      if (secondsLeft === 1) setError("");
    }, 1000);
    return () => clearTimeout(timer);
  }, [secondsLeft]);

  const run = useCallback(
    async (path: string, init?: RoomRequestInit, key = "") => {
      setPendingKey(key);
      const result = await requestRoom(path, init);
      setPendingKey(null);
      setSecondsLeft(result.ok ? 0 : (result.retryAfter ?? 0));
      if (result.ok) setError("");
      else setError(result.message ?? t(result.status === 0 ? "unreachable" : "requestFailed"));
      return result;
    },
    [t],
  );

  const shown = secondsLeft > 0 ? tBar("tryAgainIn", { seconds: secondsLeft }) : error;
  return { run, pending: pendingKey !== null, pendingKey, error: shown, setError };
}
