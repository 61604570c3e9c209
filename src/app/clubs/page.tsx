import type { Metadata } from "next";
import Link from "next/link";
import { AppHeader } from "@/components/layout/app-header";
import { TOPIC_LABELS } from "@/lib/topics";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";
import { listClubs } from "@/server/clubs/list-clubs";

export const metadata: Metadata = { title: "Clubs" };

const standing = { ACTIVE: "Member", PENDING: "Request pending" } as const;

export default async function ClubsPage() {
  const caller = await requireCallerOrRedirect("/clubs");
  const clubs = await listClubs({ viewerId: caller.id });
  return (
    <>
      <AppHeader caller={caller} />
      <main className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h1 className="text-3xl font-extrabold tracking-tight">Clubs</h1>
          <Link
            href="/clubs/new"
            className="rounded-full bg-ember-600 px-5 py-2 font-semibold text-white hover:bg-ember-700"
          >
            Create a club
          </Link>
        </div>
        {clubs.length === 0 ? (
          <p className="rounded-2xl bg-white p-8 text-center shadow-sm">
            No clubs yet.{" "}
            <Link href="/clubs/new" className="font-semibold text-ember-700 underline">
              Create the first one
            </Link>
            .
          </p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {clubs.map((club) => (
              <li key={club.id}>
                <Link
                  href={`/clubs/${club.slug}`}
                  className="flex flex-col gap-1 rounded-2xl bg-white p-5 shadow-sm hover:shadow-md"
                >
                  <span className="text-lg font-bold">{club.name}</span>
                  <span className="text-sm text-ink-600">
                    {club.memberCount} {club.memberCount === 1 ? "member" : "members"} ·{" "}
                    {club.visibility === "OPEN" ? "Open" : "Private"}
                    {club.topics.length > 0 &&
                      ` · ${club.topics.map((t) => TOPIC_LABELS[t]).join(", ")}`}
                  </span>
                  {club.membership && (
                    <span className="text-sm font-semibold text-ember-700">
                      {standing[club.membership]}
                    </span>
                  )}
                  {club.description && (
                    <span className="line-clamp-2 text-sm">{club.description}</span>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
