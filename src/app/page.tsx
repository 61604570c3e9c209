import { AppHeader } from "@/components/layout/app-header";
import { Hallway } from "@/components/hallway/hallway";
import { Landing } from "@/components/home/landing";
import { findCaller } from "@/server/auth/get-caller";

// `/` is the hallway for members and the front door for everyone else.
export default async function HomePage() {
  const caller = await findCaller();
  if (!caller) return <Landing />;
  return (
    <>
      <AppHeader caller={caller} />
      <Hallway />
    </>
  );
}
