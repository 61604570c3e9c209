"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("layout");
  return (
    <Button
      variant="ghost"
      size="sm"
      className="font-medium text-ink-600"
      onClick={() => void signOut({ callbackUrl: "/" })}
    >
      {t("signOut")}
    </Button>
  );
}
