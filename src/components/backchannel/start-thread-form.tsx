"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { z } from "zod/mini";
import { requestRoom } from "@/components/room/request-room";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";

const startedSchema = z.object({ id: z.string() });

/** Starts a thread with one person or a small group, named by username ("@" optional). */
export function StartThreadForm() {
  const t = useTranslations("backchannel");
  const router = useRouter();
  const fieldId = useId();
  const hintId = useId();
  const [value, setValue] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const usernames = value
      .split(/[\s,，]+/)
      .map((name) => name.replace(/^@/, ""))
      .filter(Boolean);
    setPending(true);
    setError("");
    const result = await requestRoom("/api/backchannel/threads", { body: { usernames } });
    const started = result.ok ? startedSchema.safeParse(result.data) : null;
    if (!started?.success) {
      setPending(false);
      setError((!result.ok && result.message) || t("openFailed"));
      return;
    }
    router.push(`/messages/${started.data.id}`);
  }

  return (
    <form
      onSubmit={(event) => void start(event)}
      className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm"
    >
      <Label htmlFor={fieldId}>{t("startLabel")}</Label>
      <p id={hintId} className="text-sm text-ink-600">
        {t("startHint")}
      </p>
      <div className="flex flex-wrap gap-2">
        <Input
          id={fieldId}
          aria-describedby={hintId}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          autoComplete="off"
          required
          className="min-w-0 flex-1"
        />
        <Button type="submit" disabled={pending}>
          {t("start")}
        </Button>
      </div>
      <p role="status" className="min-h-5 text-sm text-red-700">
        {error}
      </p>
    </form>
  );
}
