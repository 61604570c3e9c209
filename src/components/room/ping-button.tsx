"use client";

import { BellPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { OnDemand, onDemandModule } from "@/lib/on-demand-module";

// The list of followers loads with the dialog (fetched as the pointer or focus reaches its
// button), not with the room.
const pingListModule = onDemandModule(() => import("./ping-list"));
const preloadPingList = () => void pingListModule.load();

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
        <Button
          variant="secondary"
          size="sm"
          aria-label={t("pingFollowers")}
          onPointerEnter={preloadPingList}
          onFocus={preloadPingList}
        >
          <BellPlus aria-hidden="true" />
          {t("barPing")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("dialogTitle")} description={t("dialogDescription")}>
        {open && (
          <OnDemand module={pingListModule}>
            {({ PingList }) => <PingList roomId={roomId} />}
          </OnDemand>
        )}
      </DialogContent>
    </Dialog>
  );
}
