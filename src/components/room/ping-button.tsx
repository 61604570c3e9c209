"use client";

import { BellPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { BarLabel } from "./bar-label";
import { PingList } from "./ping-list";

/**
 * "+ Ping" in the control bar: a dialog of the viewer's followers who may come into the room,
 * each a tap away from being told (docs/social.md, Pings). The list loads when it opens.
 */
export function PingButton({ roomId }: { roomId: string }) {
  const t = useTranslations("pings");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="bar">
          <BellPlus aria-hidden="true" />
          <BarLabel short={t("barPing")} full={t("pingFollowers")} />
        </Button>
      </DialogTrigger>
      <DialogContent title={t("dialogTitle")} description={t("dialogDescription")}>
        {open && <PingList roomId={roomId} />}
      </DialogContent>
    </Dialog>
  );
}
