import { z } from "zod";
import { errorKey } from "@/lib/error-key";
import { BACKCHANNEL_BODY_MAX, BACKCHANNEL_MAX_MEMBERS } from "@/lib/backchannel";
import { usernameParamSchema } from "@/lib/validations/users";

// The backchannel as the browser sends it (docs/backchannel.md).

/** Whom to write to: the starter plus these make at most BACKCHANNEL_MAX_MEMBERS. */
export const startThreadSchema = z.object({
  usernames: z
    .array(usernameParamSchema)
    .min(1, errorKey("backchannelNobody"))
    .max(BACKCHANNEL_MAX_MEMBERS - 1, errorKey("backchannelTooMany")),
});
export type StartThreadInput = z.infer<typeof startThreadSchema>;

export const sendBackchannelSchema = z.object({
  body: z
    .string()
    .trim()
    .min(1, errorKey("backchannelEmpty"))
    .max(BACKCHANNEL_BODY_MAX, errorKey("backchannelTooLong")),
});
export type SendBackchannelInput = z.infer<typeof sendBackchannelSchema>;

export const threadParamsSchema = z.object({ threadId: z.uuid(errorKey("threadNotFound")) });
