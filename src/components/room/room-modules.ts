import { onDemandModule } from "@/lib/on-demand-module";

// A room's code that pages fetch only once someone enters a room or a call (or the browser is idle
// on a page that links to a room): LiveKit's client is most of it. Each is declared once, so the
// idle preload, the connect and the render share one fetch and know when it has arrived.
export const livekitModule = onDemandModule(() => import("livekit-client"));
export const liveDockModule = onDemandModule(() => import("./live-dock"));
export const callDockModule = onDemandModule(() => import("./call-dock"));
export const liveSessionModule = onDemandModule(() => import("./live-session"));
