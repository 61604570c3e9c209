"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import type { FormAction } from "@/server/actions/action-result";

/** Start now or cancel: the host's two decisive buttons on a scheduled room. */
export function HostControls({
  roomId,
  startRoomAction,
  cancelRoomAction,
}: {
  roomId: string;
  startRoomAction: FormAction<unknown>;
  cancelRoomAction: FormAction<unknown>;
}) {
  const [startState, start, starting] = useActionState(startRoomAction, undefined);
  const [cancelState, cancel, cancelling] = useActionState(cancelRoomAction, undefined);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-3">
        <form action={start}>
          <input type="hidden" name="roomId" value={roomId} />
          <button
            type="submit"
            disabled={starting}
            className="rounded-full bg-ember-600 px-5 py-2 font-semibold text-white hover:bg-ember-700 disabled:opacity-60"
          >
            {starting ? "Starting…" : "Start the room now"}
          </button>
        </form>
        <form
          action={cancel}
          onSubmit={(event) => {
            if (
              !window.confirm(
                "Cancel this room? Everyone who planned to come will see it cancelled.",
              )
            ) {
              event.preventDefault();
            }
          }}
        >
          <input type="hidden" name="roomId" value={roomId} />
          <button
            type="submit"
            disabled={cancelling}
            className="rounded-full px-5 py-2 font-semibold text-red-700 ring-1 ring-red-200 hover:bg-red-50 disabled:opacity-60"
          >
            Cancel room
          </button>
        </form>
      </div>
      <FormStatus state={startState ?? cancelState} />
    </div>
  );
}
