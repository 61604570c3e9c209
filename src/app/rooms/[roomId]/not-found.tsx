import { Lock } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RefusalPage } from "@/components/layout/refusal-page";
import { findCaller } from "@/server/auth/get-caller";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout");
  return { title: t("privateRoomTitle") };
}

// A room the viewer may not see. It is worded for a private room but also covers a room that never
// existed: telling the two apart would tell anyone which closed rooms exist (still a 404).
export default async function RoomNotFound() {
  const [caller, t] = await Promise.all([findCaller(), getTranslations("layout")]);
  return (
    <RefusalPage caller={caller} icon={Lock} title={t("privateRoomTitle")}>
      <p>{t("privateRoomBody")}</p>
      <p>{t("privateRoomHint")}</p>
    </RefusalPage>
  );
}
