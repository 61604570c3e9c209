// POST /api/livekit/webhook — LiveKit tells us who joined and left and which rooms closed
import { NextResponse } from "next/server";
import { errorResponse } from "@/server/http/error-response";
import { PUBLIC_BODY_LIMITS, readLimitedBody } from "@/server/http/limit-body";
import { receiveWebhook } from "@/server/livekit/receive-webhook";
import { applyWebhookEvent } from "@/server/presence/apply-webhook-event";
import { applyRecordingWebhook } from "@/server/replays/apply-recording-webhook";

// Not behind withAuth: LiveKit is the caller, and the signature over the raw body is its proof.
// Anyone can post here, so the body is read only up to a limit before the signature is checked.
export async function POST(request: Request): Promise<Response> {
  try {
    const body = await readLimitedBody(request, PUBLIC_BODY_LIMITS.webhook);
    if (!body.ok) return body.response;
    const rawBody = new TextDecoder().decode(body.bytes);
    const event = await receiveWebhook(rawBody, request.headers.get("authorization"));
    const applied = await applyWebhookEvent({ event });
    await applyRecordingWebhook({ event });
    return NextResponse.json({ ok: true, applied });
  } catch (error) {
    return errorResponse(error);
  }
}
