// The sentence lives in src/lib so that pushes (src/server/push) say exactly what the bell says.
export { describeNotification } from "@/lib/describe-notification";
