// GET /api/backchannel/unread — how many backchannel messages the caller has not read (the header
// badge asks again whenever its stream connects or a message arrives)
import { countBackchannelUnread } from "@/server/backchannel/list-threads";
import { withAuth } from "@/server/http/with-auth";

export const dynamic = "force-dynamic";

export const GET = withAuth({}, ({ caller }) => countBackchannelUnread({ userId: caller.id }));
