// POST /api/livekit/webhook — LiveKit tells us who joined and left and which rooms closed
import { NextResponse } from "next/server";
import { errorResponse } from "@/server/http/error-response";
import { receiveWebhook } from "@/server/livekit/receive-webhook";
import { applyWebhookEvent } from "@/server/presence/apply-webhook-event";
import { applyRecordingWebhook } from "@/server/replays/apply-recording-webhook";

// Not behind withAuth: LiveKit is the caller, and the signature over the raw body is its proof.
export async function POST(request: Request): Promise<Response> {
  try {
    const event = await receiveWebhook(await request.text(), request.headers.get("authorization"));
    const applied = await applyWebhookEvent({ event });
    await applyRecordingWebhook({ event });
    return NextResponse.json({ ok: true, applied });
  } catch (error) {
    return errorResponse(error);
  }
}
