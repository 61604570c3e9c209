"use client";

import { createContext, use, type ReactNode } from "react";
import type { FormAction } from "@/server/actions/action-result";

/** Block or unblock a member (the profile's own server action, passed down from the room page). */
export type BlockAction = FormAction<{ blocked: boolean }>;

const BlockActionContext = createContext<BlockAction | null>(null);

/**
 * The room page hands the person card its server actions here, rather than through every layer
 * between the page and a tile (components never import src/app).
 */
export function PersonActionsProvider({
  blockAction,
  children,
}: {
  blockAction: BlockAction;
  children: ReactNode;
}) {
  return <BlockActionContext value={blockAction}>{children}</BlockActionContext>;
}

/** The block action, or null outside a room page (the card then leaves Block to the profile). */
export function useBlockAction(): BlockAction | null {
  return use(BlockActionContext);
}
