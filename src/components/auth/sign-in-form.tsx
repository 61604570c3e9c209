"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TextField } from "@/components/forms/text-field";
import { formText } from "@/lib/form-data";

const messages: Record<string, string> = {
  CredentialsSignin: "That email, username or password is not right.",
  RateLimited: "Too many attempts. Wait a little, then try again.",
};

export function SignInForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);

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
      setError(messages[result?.error ?? ""] ?? "Sign-in failed. Please try again.");
      return;
    }
    router.replace(returnTo);
    router.refresh();
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-4" noValidate>
      <TextField label="Email or username" name="identifier" autoComplete="username" required />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <p role="alert" aria-live="assertive" className="min-h-5 text-sm font-medium text-red-700">
        {error}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-ink-900 px-5 py-2.5 font-semibold text-white hover:bg-ink-600 disabled:opacity-60"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
