import type { AppErrorCode } from "@/server/errors";

/**
 * Why an action failed, in the words of the HTTP status table (src/server/errors.ts); INTERNAL is a
 * bug on our side. Optional because forms also build failures of their own on the client.
 */
export type ActionErrorCode = AppErrorCode | "INTERNAL";

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      message: string;
      fieldErrors: Record<string, string[] | undefined>;
      code?: ActionErrorCode;
    };

/** A form's server action as a component receives it (a prop: components never import src/app). */
export type FormAction<T> = (previous: unknown, formData: FormData) => Promise<ActionResult<T>>;
