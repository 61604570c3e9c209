// POST /api/reports — report a person, a room or a chat line to the admins
import { fileReportSchema } from "@/lib/validations/reports";
import { withAuth } from "@/server/http/with-auth";
import { fileReport } from "@/server/reports/file-report";

export const POST = withAuth({ body: fileReportSchema }, ({ caller, body }) =>
  fileReport({ reporterId: caller.id, input: body }),
);
