import "server-only";
import { WebhookReceiver, type WebhookEvent } from "livekit-server-sdk";
import { AppError } from "@/server/errors";
import { livekitCredentials } from "@/server/livekit/config";

/** Verifies a LiveKit webhook against the raw request body; a forged or altered one is refused. */
export async function receiveWebhook(
  rawBody: string,
  authorization: string | null,
): Promise<WebhookEvent> {
  const { apiKey, apiSecret } = livekitCredentials();
  const receiver = new WebhookReceiver(apiKey, apiSecret);
  try {
    return await receiver.receive(rawBody, authorization ?? undefined);
  } catch (error) {
    throw new AppError("UNAUTHORIZED", {
      message: `webhook verification failed: ${String(error)}`,
      userMessage: "The webhook signature is not valid.",
    });
  }
}
