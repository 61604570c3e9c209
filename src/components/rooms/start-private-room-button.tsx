"use client";

import { useActionState } from "react";
import type { FormAction } from "@/server/actions/action-result";

/** Shown on the profile of someone the viewer follows who follows them back. */
export function StartPrivateRoomButton({
  action: startPrivateRoom,
  userId,
  displayName,
}: {
  action: FormAction<unknown>;
  userId: string;
  displayName: string;
}) {
  const [state, action, pending] = useActionState(startPrivateRoom, undefined);
  return (
    <form action={action} className="inline-flex flex-col gap-1">
      <input type="hidden" name="userId" value={userId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Start a private room with ${displayName}`}
        className="rounded-full bg-ink-900 px-4 py-1.5 text-sm font-semibold text-white hover:bg-ink-600 disabled:opacity-60"
      >
        Start a private room
      </button>
      <span role="alert" className="text-xs text-red-700">
        {state && !state.ok ? state.message : ""}
      </span>
    </form>
  );
}
