// POST /api/backchannel/threads/[threadId]/read — the caller has read the thread so far
import { threadParamsSchema } from "@/lib/validations/backchannel";
import { markThreadRead } from "@/server/backchannel/mark-thread-read";
import { withAuth } from "@/server/http/with-auth";

export const POST = withAuth({ params: threadParamsSchema }, ({ caller, params }) =>
  markThreadRead({ userId: caller.id, threadId: params.threadId }),
);
