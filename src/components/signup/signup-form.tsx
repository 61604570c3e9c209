"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { z } from "zod";
import { TextField } from "@/components/forms/text-field";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import { Button } from "@/components/ui/button";
import { mapFieldMessages } from "@/lib/error-key";
import { formText } from "@/lib/form-data";
import { signupSchema } from "@/lib/validations/signup";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

type SignupResult = ActionResult<{ userId: string }>;

type SignupFormProps = {
  action: (previous: SignupResult, formData: FormData) => Promise<SignupResult>;
  code: string;
};

/**
 * Checks the fields here first (same schema as the server, so mistakes show at once), creates the
 * account through the server action, then signs the newcomer in with the password they just chose.
 */
export function SignupForm({ action, code }: SignupFormProps) {
  const t = useTranslations("signup");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(
    async (previous: SignupResult, formData: FormData): Promise<SignupResult> => {
      const local = signupSchema.safeParse(Object.fromEntries(formData));
      if (!local.success) {
        // The schema's messages are `errors` keys (zod's own defaults are left as they are).
        const fieldErrors = mapFieldMessages(z.flattenError(local.error).fieldErrors, (message) =>
          tErrors.has(message) ? tErrors(message) : message,
        );
        return { ok: false, message: t("fixFields"), fieldErrors };
      }
      const result = await action(previous, formData);
      if (!result.ok) return result;
      const session = await signIn("credentials", {
        identifier: local.data.email,
        password: formText(formData, "password"),
        redirect: false,
      });
      if (!session?.ok)
        return { ok: false, message: t("signInAfterSignupFailed"), fieldErrors: {} };
      router.push("/welcome");
      return result;
    },
    initialActionState,
  );
  const submit = useSubmitWithoutReset(dispatch);
  const fieldErrors = state.ok ? {} : state.fieldErrors;
  const codeError = fieldErrors.code?.[0];

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="code" value={code} />
      {codeError && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm font-medium text-red-800">
          {codeError}
        </p>
      )}
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        errors={fieldErrors.email}
      />
      <TextField
        label={t("username")}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        hint={t("usernameHint")}
        required
        errors={fieldErrors.username}
      />
      <TextField
        label={t("displayName")}
        name="displayName"
        autoComplete="name"
        hint={t("displayNameHint")}
        required
        errors={fieldErrors.displayName}
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
        required
        errors={fieldErrors.password}
      />
      <p role="status" className="min-h-5 text-sm font-medium text-red-700">
        {state.ok || codeError ? "" : state.message}
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? t("creatingAccount") : t("createAccount")}
      </Button>
    </form>
  );
}
