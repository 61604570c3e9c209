import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getEnv } from "@/env";
import type { ActionResult } from "@/server/actions/action-result";
import { findCaller, type Caller } from "@/server/auth/get-caller";
import { AppError } from "@/server/errors";
import { findActionLocale } from "@/server/i18n/request-locale";
import { translateError, translateFieldErrors } from "@/server/i18n/translate-error";
import { appErrorFromPrisma } from "@/server/known-prisma-error";
import { formToObject } from "@/lib/form-data";

type ActionHandler<TInput, TData> = (input: TInput, caller: Caller) => Promise<TData>;

export type ActionOptions<TInput, TData> = {
  /** Where to send the caller once the action succeeded (a created room, the next step). */
  redirectTo?: (data: TData, input: TInput) => string;
};

/**
 * Wraps a form server action: the caller must be signed in, the form is parsed with zod, and
 * failures come back as field errors and a message for `useActionState`, never as raw errors.
 */
export function withAuthAction<TInput, TData>(
  schema: z.core.$ZodType<TInput>,
  handler: ActionHandler<TInput, TData>,
  options: ActionOptions<TInput, TData> = {},
) {
  return async (_previous: unknown, formData: FormData): Promise<ActionResult<TData>> => {
    const foreign = await refuseForeignOrigin();
    if (foreign) return foreign;
    const caller = await findCaller();
    if (!caller) {
      const message = translateError(await findActionLocale(), "signInToContinue");
      return { ok: false, message, fieldErrors: {}, code: "UNAUTHORIZED" };
    }
    return parseAndRun(schema, formData, (input) => handler(input, caller), options);
  };
}

/**
 * A post from another site's page is refused before anything is read. Next.js refuses an action
 * whose Origin names another host than the request's Host (or X-Forwarded-Host); this holds
 * whatever a proxy forwards, against the app's own address. A request without an Origin is let
 * through, as Next.js does: browsers send one with every POST, so a missing Origin is not a
 * browser carrying someone's cookies.
 */
async function refuseForeignOrigin(): Promise<ActionResult<never> | null> {
  const origin = (await headers()).get("origin");
  if (origin === null || origin === new URL(getEnv().APP_URL).origin) return null;
  const message = translateError(await findActionLocale(), "requestInvalid");
  return { ok: false, message, fieldErrors: {}, code: "FORBIDDEN" };
}

/** The same wrapper for forms that signed-out visitors use (typing an invite code). */
export function withPublicAction<TInput, TData>(
  schema: z.core.$ZodType<TInput>,
  handler: (input: TInput) => Promise<TData>,
  options: ActionOptions<TInput, TData> = {},
) {
  return async (_previous: unknown, formData: FormData): Promise<ActionResult<TData>> =>
    runAction(schema, formData, handler, options);
}

/**
 * The same mapping for actions that signed-out visitors use (sign-up, redeeming an invite).
 * Messages are told in the visitor's language.
 */
export async function runAction<TInput, TData>(
  schema: z.core.$ZodType<TInput>,
  formData: FormData,
  handler: (input: TInput) => Promise<TData>,
  options: ActionOptions<TInput, TData> = {},
): Promise<ActionResult<TData>> {
  const foreign = await refuseForeignOrigin();
  if (foreign) return foreign;
  return parseAndRun(schema, formData, handler, options);
}

async function parseAndRun<TInput, TData>(
  schema: z.core.$ZodType<TInput>,
  formData: FormData,
  handler: (input: TInput) => Promise<TData>,
  options: ActionOptions<TInput, TData>,
): Promise<ActionResult<TData>> {
  const parsed = z.safeParse(schema, formToObject(formData));
  if (!parsed.success) {
    const locale = await findActionLocale();
    const { fieldErrors } = z.flattenError(parsed.error);
    return {
      ok: false,
      message: translateError(locale, "fixHighlightedFields"),
      fieldErrors: translateFieldErrors(locale, fieldErrors),
      code: "UNPROCESSABLE",
    };
  }
  let data: TData;
  try {
    data = await handler(parsed.data);
  } catch (thrown) {
    const error = appErrorFromPrisma(thrown) ?? thrown;
    const locale = await findActionLocale();
    if (error instanceof AppError) {
      const message = error.userMessageIn(locale);
      return { ok: false, message, fieldErrors: fieldOf(error, message), code: error.code };
    }
    console.error("unexpected action error", error);
    return {
      ok: false,
      message: translateError(locale, "unexpected"),
      fieldErrors: {},
      code: "INTERNAL",
    };
  }
  // redirect() works by throwing, so it happens here, after the try that turns throws into messages.
  if (options.redirectTo) redirect(options.redirectTo(data, parsed.data));
  return { ok: true, data };
}

/** Use cases name the field a conflict is about with `AppError.field`. */
function fieldOf(error: AppError, message: string): Record<string, string[]> {
  return error.field ? { [error.field]: [message] } : {};
}
