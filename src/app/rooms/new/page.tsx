import type { Metadata } from "next";
import { AppHeader } from "@/components/layout/app-header";
import { CreateRoomForm } from "@/components/rooms/create-room-form";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";
import { listAdminClubs } from "@/server/clubs/list-admin-clubs";
import { createRoomAction } from "./actions";

export const metadata: Metadata = { title: "Start a room" };

type Props = { searchParams: Promise<{ club?: string }> };

export default async function NewRoomPage({ searchParams }: Props) {
  const caller = await requireCallerOrRedirect("/rooms/new");
  const clubs = await listAdminClubs({ viewerId: caller.id });
  const { club } = await searchParams;
  return (
    <>
      <AppHeader caller={caller} />
      <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-8">
        <h1 className="text-3xl font-extrabold tracking-tight">Start a room</h1>
        <CreateRoomForm
          action={createRoomAction}
          clubs={clubs}
          initialClubId={clubs.some((c) => c.id === club) ? club : undefined}
        />
      </main>
    </>
  );
}
