"use client";

import { BellRing } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { readPushState, turnPushOff, turnPushOn, type PushState } from "./push-subscription";

type PushPromptProps = {
  /** The server's VAPID public key; null when push is off on this server (nothing is shown). */
  vapidPublicKey: string | null;
  /**
   * "card": the invitation on the notification centre, shown until the member answers it (Not now
   * is remembered on this device). "settings": this device's state, with a switch either way.
   */
  variant: "card" | "settings";
};

const DISMISSED_KEY = "hearth-push-prompt-dismissed";

/**
 * Asks whether this device should get Hearth's notifications when no tab is open. Never on a page's
 * first load by itself: the browser's permission prompt appears only after a click on "Turn on".
 */
export function PushPrompt({ vapidPublicKey, variant }: PushPromptProps) {
  const t = useTranslations("push");
  const [state, setState] = useState<PushState | null>(null);
  const [dismissed, setDismissed] = useState(true);
  const [working, setWorking] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!vapidPublicKey) return;
    void readPushState()
      .catch((): PushState => "unsupported")
      .then((known) => {
        setDismissed(window.localStorage.getItem(DISMISSED_KEY) === "1");
        setState(known);
      });
  }, [vapidPublicKey]);

  if (!vapidPublicKey || state === null) return null;

  const change = (next: () => Promise<PushState>) => {
    setWorking(true);
    setFailed(false);
    next()
      .then(setState, () => setFailed(true))
      .finally(() => setWorking(false));
  };
  const turnOn = () => change(() => turnPushOn(vapidPublicKey));

  if (variant === "card") {
    if (dismissed || state !== "off") return null;
    return (
      <section
        aria-labelledby="push-prompt-title"
        className="flex flex-col gap-3 rounded-2xl border border-ember-100 bg-white p-5 shadow-sm sm:flex-row sm:items-center"
      >
        <BellRing aria-hidden="true" className="size-6 shrink-0 text-ember-700" />
        <div className="flex-1">
          <h2 id="push-prompt-title" className="font-semibold">
            {t("promptTitle")}
          </h2>
          <p className="text-sm text-ink-600">{t("promptBody")}</p>
          {failed && (
            <p role="alert" className="mt-1 text-sm text-red-700">
              {t("failed")}
            </p>
          )}
        </div>
        <div className="flex gap-2">
          <Button
            variant="ghost"
            onClick={() => {
              window.localStorage.setItem(DISMISSED_KEY, "1");
              setDismissed(true);
            }}
          >
            {t("notNow")}
          </Button>
          <Button onClick={turnOn} disabled={working}>
            {working ? t("turningOn") : t("turnOn")}
          </Button>
        </div>
      </section>
    );
  }

  const words = {
    unsupported: "unsupported",
    blocked: "blocked",
    off: "isOff",
    on: "isOn",
  } as const;
  return (
    <div className="flex flex-col gap-3">
      <p role="status" className="text-sm text-ink-600">
        {failed ? t("failed") : t(words[state])}
      </p>
      {state === "off" && (
        <Button className="self-start" onClick={turnOn} disabled={working}>
          {working ? t("turningOn") : t("turnOn")}
        </Button>
      )}
      {state === "on" && (
        <Button
          variant="secondary"
          className="self-start"
          onClick={() => change(turnPushOff)}
          disabled={working}
        >
          {t("turnOff")}
        </Button>
      )}
    </div>
  );
}
