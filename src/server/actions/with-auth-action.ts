import "server-only";
import { z } from "zod";
import type { ActionResult } from "@/server/actions/action-result";
import { findCaller, type Caller } from "@/server/auth/get-caller";
import { AppError } from "@/server/errors";
import { formToObject } from "@/lib/form-data";

type ActionHandler<TInput, TData> = (input: TInput, caller: Caller) => Promise<TData>;

/**
 * Wraps a form server action: the caller must be signed in, the form is parsed with zod, and
 * failures come back as field errors and a message for `useActionState`, never as raw errors.
 */
export function withAuthAction<TInput, TData>(
  schema: z.ZodType<TInput>,
  handler: ActionHandler<TInput, TData>,
) {
  return async (_previous: unknown, formData: FormData): Promise<ActionResult<TData>> => {
    const caller = await findCaller();
    if (!caller) return { ok: false, message: "Sign in to continue.", fieldErrors: {} };
    return runAction(schema, formData, (input) => handler(input, caller));
  };
}

/** The same mapping for actions that signed-out visitors use (sign-up, redeeming an invite). */
export async function runAction<TInput, TData>(
  schema: z.ZodType<TInput>,
  formData: FormData,
  handler: (input: TInput) => Promise<TData>,
): Promise<ActionResult<TData>> {
  const parsed = schema.safeParse(formToObject(formData));
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return {
      ok: false,
      message: "Please fix the highlighted fields.",
      fieldErrors,
    };
  }
  try {
    return { ok: true, data: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, message: error.userMessage, fieldErrors: fieldOf(error) };
    }
    console.error("unexpected action error", error);
    return {
      ok: false,
      message: "Something went wrong on our side. Please try again.",
      fieldErrors: {},
    };
  }
}

/** Use cases name the field a conflict is about with `AppError.field`. */
function fieldOf(error: AppError): Record<string, string[]> {
  return error.field ? { [error.field]: [error.userMessage] } : {};
}
