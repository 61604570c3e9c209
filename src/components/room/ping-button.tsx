"use client";

import { BellPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { lazy, Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";

// The list of followers loads with the dialog, not with the room.
const PingList = lazy(() => import("./ping-list").then((module) => ({ default: module.PingList })));

/**
 * "Ping" beside Share in the room's header (both bring people in; the control bar keeps to one row
 * on a phone): a dialog of the viewer's followers who may come into the room, each a tap away from
 * being told (docs/social.md, Pings). The list loads when it opens.
 */
export function PingButton({ roomId }: { roomId: string }) {
  const t = useTranslations("pings");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm" aria-label={t("pingFollowers")}>
          <BellPlus aria-hidden="true" />
          {t("barPing")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("dialogTitle")} description={t("dialogDescription")}>
        <Suspense>{open && <PingList roomId={roomId} />}</Suspense>
      </DialogContent>
    </Dialog>
  );
}
