import Link from "next/link";

const journeys = [
  { title: "Listen in", text: "Open a live room and hear it at once, right in your browser." },
  { title: "Take the stage", text: "Start a room, talk with a few people, bring listeners up." },
  { title: "Raise your hand", text: "Ask to speak; moderators bring you up with one click." },
];

/** What signed-out visitors see at `/`: what Hearth is, and a way in. */
export function Landing() {
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-12 px-6 py-16">
      <header className="flex items-center justify-between">
        <span className="text-2xl font-bold tracking-tight">
          <span aria-hidden="true">🔥 </span>Hearth
        </span>
        <Link
          href="/sign-in"
          className="rounded-full bg-ink-900 px-5 py-2 font-semibold text-white hover:bg-ink-600"
        >
          Sign in
        </Link>
      </header>

      <section aria-labelledby="tagline" className="flex flex-col gap-4">
        <h1 id="tagline" className="text-5xl font-extrabold leading-tight tracking-tight">
          Live audio rooms for people worth listening to.
        </h1>
        <p className="text-lg text-ink-600">
          Hearth is where a few people talk on a stage and everyone else listens in, from any
          browser. Raise your hand to join the conversation. Membership is by invitation, so every
          room starts with people someone vouched for.
        </p>
      </section>

      <ul className="grid gap-4 sm:grid-cols-3">
        {journeys.map((journey) => (
          <li key={journey.title} className="rounded-2xl bg-white p-5 shadow-sm">
            <h2 className="font-semibold">{journey.title}</h2>
            <p className="mt-1 text-sm text-ink-600">{journey.text}</p>
          </li>
        ))}
      </ul>

      <p className="text-ink-600">Got an invite? Open the link a member sent you to join.</p>
    </main>
  );
}
