import Link from "next/link";

export function Hallway() {
  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">
      <h1 className="text-3xl font-extrabold tracking-tight">Hallway</h1>
      <section
        aria-labelledby="live-heading"
        className="rounded-2xl bg-white p-8 text-center shadow-sm"
      >
        <h2 id="live-heading" className="text-lg font-semibold">
          No rooms live right now
        </h2>
        <p className="mt-1 text-ink-600">
          Start one and the people who follow you will see it here.
        </p>
        <Link
          href="/rooms/new"
          className="mt-4 inline-block rounded-full bg-ember-600 px-5 py-2 font-semibold text-white hover:bg-ember-700"
        >
          Start a room
        </Link>
      </section>
    </main>
  );
}
