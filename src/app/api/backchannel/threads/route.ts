// POST /api/backchannel/threads — start a thread with up to seven people, or find the one-to-one
// thread already there (docs/backchannel.md)
import { startThreadSchema } from "@/lib/validations/backchannel";
import { startThread } from "@/server/backchannel/start-thread";
import { withAuth } from "@/server/http/with-auth";

export const POST = withAuth({ body: startThreadSchema }, ({ caller, body }) =>
  startThread({ starterId: caller.id, input: body }),
);
