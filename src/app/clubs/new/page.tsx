import type { Metadata } from "next";
import { createClubAction } from "@/app/clubs/actions";
import { CreateClubForm } from "@/components/clubs/create-club-form";
import { AppHeader } from "@/components/layout/app-header";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";

export const metadata: Metadata = { title: "Create a club" };

export default async function NewClubPage() {
  const caller = await requireCallerOrRedirect("/clubs/new");
  return (
    <>
      <AppHeader caller={caller} />
      <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-8">
        <h1 className="text-3xl font-extrabold tracking-tight">Create a club</h1>
        <CreateClubForm action={createClubAction} />
      </main>
    </>
  );
}
