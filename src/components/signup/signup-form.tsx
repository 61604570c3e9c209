"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { z } from "zod";
import { TextField } from "@/components/forms/text-field";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import { formText } from "@/lib/form-data";
import { PASSWORD_HINT, signupSchema, USERNAME_HINT } from "@/lib/validations/signup";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

type SignupResult = ActionResult<{ userId: string }>;

type SignupFormProps = {
  action: (previous: SignupResult, formData: FormData) => Promise<SignupResult>;
  code: string;
};

const SIGN_IN_FAILED =
  "Your account is ready, but signing you in failed. Sign in with your email and password.";

/**
 * Checks the fields here first (same schema as the server, so mistakes show at once), creates the
 * account through the server action, then signs the newcomer in with the password they just chose.
 */
export function SignupForm({ action, code }: SignupFormProps) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(
    async (previous: SignupResult, formData: FormData): Promise<SignupResult> => {
      const local = signupSchema.safeParse(Object.fromEntries(formData));
      if (!local.success) {
        const { fieldErrors } = z.flattenError(local.error);
        return { ok: false, message: "Please fix the highlighted fields.", fieldErrors };
      }
      const result = await action(previous, formData);
      if (!result.ok) return result;
      const session = await signIn("credentials", {
        identifier: local.data.email,
        password: formText(formData, "password"),
        redirect: false,
      });
      if (!session?.ok) return { ok: false, message: SIGN_IN_FAILED, fieldErrors: {} };
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
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        errors={fieldErrors.email}
      />
      <TextField
        label="Username"
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        hint={USERNAME_HINT}
        required
        errors={fieldErrors.username}
      />
      <TextField
        label="Display name"
        name="displayName"
        autoComplete="name"
        hint="The name people see on stage and in rooms."
        required
        errors={fieldErrors.displayName}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
        required
        errors={fieldErrors.password}
      />
      <p role="status" className="min-h-5 text-sm font-medium text-red-700">
        {state.ok || codeError ? "" : state.message}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-ember-600 px-5 py-2.5 font-semibold text-white hover:bg-ember-700 disabled:opacity-60"
      >
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
