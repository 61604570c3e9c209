// POST /api/backchannel/threads/[threadId]/messages — write to a thread; its members' tabs get it
// through the notification stream, on every app instance
import { sendBackchannelSchema, threadParamsSchema } from "@/lib/validations/backchannel";
import { sendBackchannelMessage } from "@/server/backchannel/send-backchannel-message";
import { withAuth } from "@/server/http/with-auth";

export const POST = withAuth(
  { body: sendBackchannelSchema, params: threadParamsSchema },
  ({ caller, body, params }) =>
    sendBackchannelMessage({ senderId: caller.id, threadId: params.threadId, input: body }),
);
