import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/layout/app-header";
import { CreateRoomForm } from "@/components/rooms/create-room-form";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";
import { listAdminClubs } from "@/server/clubs/list-admin-clubs";
import { listFollowing } from "@/server/follows/list-following";
import { createRoomAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rooms");
  return { title: t("startRoomTitle") };
}

type Props = { searchParams: Promise<{ club?: string }> };

export default async function NewRoomPage({ searchParams }: Props) {
  const caller = await requireCallerOrRedirect("/rooms/new");
  const [clubs, following] = await Promise.all([
    listAdminClubs({ viewerId: caller.id }),
    listFollowing({ userId: caller.id }),
  ]);
  const { club } = await searchParams;
  const t = await getTranslations("rooms");
  return (
    <>
      <AppHeader caller={caller} />
      <main id="main-content" className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-8">
        <h1 className="text-3xl font-extrabold tracking-tight">{t("startRoomTitle")}</h1>
        <CreateRoomForm
          action={createRoomAction}
          clubs={clubs}
          following={following.map(({ username, displayName }) => ({ username, displayName }))}
          initialClubId={clubs.some((c) => c.id === club) ? club : undefined}
        />
      </main>
    </>
  );
}
