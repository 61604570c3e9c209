import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/layout/app-header";
import { Hallway } from "@/components/hallway/hallway";
import { Landing } from "@/components/home/landing";
import { hallwayFilterSchema } from "@/lib/validations/rooms";
import { findCaller } from "@/server/auth/get-caller";
import { findHallway } from "@/server/rooms/find-hallway";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Members see "Hallway · Hearth"; the front door keeps the layout's plain "Hearth".
export async function generateMetadata(): Promise<Metadata> {
  if (!(await findCaller())) return {};
  const t = await getTranslations("layout");
  return { title: t("hallway") };
}

// `/` is the hallway for members and the front door for everyone else.
export default async function HomePage({ searchParams }: Props) {
  const caller = await findCaller();
  if (!caller) return <Landing />;
  const { topic } = hallwayFilterSchema.parse(await searchParams);
  const hallway = await findHallway({ viewerId: caller.id, topic });
  return (
    <>
      <AppHeader caller={caller} />
      <Hallway hallway={hallway} topic={topic} />
    </>
  );
}
