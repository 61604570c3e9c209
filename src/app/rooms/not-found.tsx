import { SearchX } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RefusalPage } from "@/components/layout/refusal-page";
import { findCaller } from "@/server/auth/get-caller";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("roomPeople");
  return { title: t("noSuchRoomTitle") };
}

// A room address that cannot be a room (/rooms/not-a-room): no room has it, so saying so tells
// nobody anything about closed rooms, which keep "This room is private" ([roomId]/not-found.tsx).
export default async function NoSuchRoom() {
  const [caller, t] = await Promise.all([findCaller(), getTranslations("roomPeople")]);
  return (
    <RefusalPage caller={caller} icon={SearchX} title={t("noSuchRoomTitle")}>
      <p>{t("noSuchRoomBody")}</p>
    </RefusalPage>
  );
}
