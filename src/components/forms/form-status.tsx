import type { ActionResult } from "@/server/actions/action-result";

/** The form-level message of an action result, announced to screen readers when it appears. */
export function FormStatus({ state }: { state: ActionResult<unknown> | undefined }) {
  const message = state && !state.ok ? state.message : "";
  return (
    <p role="alert" aria-live="assertive" className="min-h-5 text-sm font-medium text-red-700">
      {message}
    </p>
  );
}
