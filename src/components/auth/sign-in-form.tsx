"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { formText } from "@/lib/form-data";
import { ACCOUNT_DISABLED_CODE } from "@/lib/validations/auth";

// next-auth's error codes → catalogue keys.
const errorKeys = new Map<string, "wrongCredentials" | "rateLimited" | "accountDisabled">([
  ["CredentialsSignin", "wrongCredentials"],
  ["RateLimited", "rateLimited"],
  [ACCOUNT_DISABLED_CODE, "accountDisabled"],
]);

function errorKeyOf(code: string | undefined) {
  return errorKeys.get(code ?? "") ?? "signInFailed";
}

export function SignInForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);
  // A throttled sign-in says how long to wait and counts it down to nothing.
  const [retryIn, setRetryIn] = useState(0);
  const [waited, setWaited] = useState(0);

  useEffect(() => {
    if (retryIn <= 0) return;
    const timer = setTimeout(() => setRetryIn(retryIn - 1), 1000);
    return () => clearTimeout(timer);
  }, [retryIn]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError("");
    const result = await signIn("credentials", {
      identifier: formText(form, "identifier"),
      password: formText(form, "password"),
      redirect: false,
    });
    setPending(false);
    if (!result?.ok) {
      // "RateLimited:12" carries the seconds to wait (see refuse-throttled-sign-in.ts).
      const [code, seconds] = (result?.error ?? "").split(":");
      const wait = code === "RateLimited" ? Number(seconds) : 0;
      setRetryIn(wait > 0 ? Math.ceil(wait) : 0);
      setWaited(wait > 0 ? Math.ceil(wait) : 0);
      setError(wait > 0 ? "" : t(errorKeyOf(code)));
      return;
    }
    router.replace(returnTo);
    router.refresh();
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      // The refusal clears as soon as they start correcting what they typed.
      onInput={() => setError("")}
      className="flex flex-col gap-4"
      noValidate
    >
      <TextField label={t("identifier")} name="identifier" autoComplete="username" required />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <p role="alert" aria-live="assertive" className="min-h-5 text-sm font-medium text-red-700">
        {retryIn > 0 ? (
          <>
            {/* Seen counting down; heard once, not every second. */}
            <span aria-hidden="true">{t("rateLimitedIn", { seconds: retryIn })}</span>
            <span className="sr-only">{t("rateLimitedIn", { seconds: waited })}</span>
          </>
        ) : (
          error
        )}
      </p>
      <Button type="submit" variant="dark" disabled={pending}>
        {pending ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
