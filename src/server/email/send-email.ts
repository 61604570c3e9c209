import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "@/env";

export type OutgoingEmail = { to: string; subject: string; text: string; html: string };

let transporter: Transporter | undefined;

/** Whether an SMTP server is configured (SMTP_URL); without one, email features are off. */
export function isEmailEnabled(): boolean {
  return getEnv().SMTP_URL !== undefined;
}

/** Sends one email through the configured SMTP server (one pooled transport per process). */
export async function sendEmail(email: OutgoingEmail): Promise<void> {
  const { SMTP_URL, SMTP_FROM } = getEnv();
  if (!SMTP_URL) throw new Error("sendEmail called without SMTP_URL");
  transporter ??= nodemailer.createTransport(SMTP_URL, { from: SMTP_FROM });
  await transporter.sendMail({ from: SMTP_FROM, ...email });
}

/**
 * Sends an email off the request's critical path: the answer never waits for (or reveals anything
 * through the timing of) an SMTP server. A failure is logged, never thrown at the caller.
 */
export function sendEmailInBackground(label: string, build: () => OutgoingEmail) {
  void Promise.resolve()
    .then(() => sendEmail(build()))
    .catch((error: unknown) => {
      console.warn(`email (${label}) not sent`, error);
    });
}
