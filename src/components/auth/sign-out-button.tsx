"use client";

import { useTranslations } from "next-intl";
import { signOutToFrontDoor } from "@/components/auth/sign-out";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("layout");
  return (
    <Button
      variant="ghost"
      size="sm"
      className="font-medium text-ink-600"
      onClick={() => void signOutToFrontDoor()}
    >
      {t("signOut")}
    </Button>
  );
}
