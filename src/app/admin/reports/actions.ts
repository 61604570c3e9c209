"use server";

import { refresh } from "next/cache";
import { decideReportSchema } from "@/lib/validations/reports";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { decideReport } from "@/server/reports/decide-report";

// Dismiss, warn or disable from the report queue; the page re-renders without the decided report.
export const decideReportAction = withAuthAction(decideReportSchema, async (input, caller) => {
  const result = await decideReport({
    actorId: caller.id,
    reportId: input.reportId,
    decision: input.decision,
  });
  refresh();
  return result;
});
