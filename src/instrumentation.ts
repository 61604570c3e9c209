import { getEnv, nextRuntime } from "@/env";

// Validates configuration when the server starts, so a bad setting stops it with a clear message.
export function register() {
  if (nextRuntime() === "nodejs") getEnv();
}
