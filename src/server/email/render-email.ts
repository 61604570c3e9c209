import "server-only";
// use-intl's core, not next-intl: emails are written outside any request (and in plain Node).
import { createTranslator } from "use-intl/core";
import { supportedLocale, type Locale } from "@/i18n/locales";
import type { OutgoingEmail } from "@/server/email/send-email";
import english from "../../../messages/en/email.json";
import chinese from "../../../messages/zh-CN/email.json";

// Imported, so the keys and their arguments are checked at compile time; `satisfies` makes a
// message missing in Chinese a compile error.
const CATALOGUES = { en: english, "zh-CN": chinese } satisfies Record<Locale, typeof english>;

/** The `email` catalogue in the member's language (English when they chose none we speak). */
export function emailTranslator(locale: string | null | undefined) {
  const chosen = supportedLocale(locale);
  const t = createTranslator({
    locale: chosen,
    messages: { email: CATALOGUES[chosen] },
    namespace: "email",
  });
  return { locale: chosen, t };
}

export type EmailContent = {
  to: string;
  locale: Locale;
  subject: string;
  greeting: string;
  /** Paragraphs before the button. */
  lines: string[];
  action: { label: string; url: string };
  /** Small print after the button (why they got it, how long the link works). */
  footer: string[];
};

/**
 * One email as plain text and as simple HTML with the same words: a greeting, a few lines, one
 * button (its link also written out, for clients that block buttons) and small print.
 */
export function renderEmail(content: EmailContent): OutgoingEmail {
  const { subject, greeting, lines, action, footer } = content;
  const text = [greeting, "", ...lines, "", `${action.label}: ${action.url}`, "", ...footer].join(
    "\n",
  );
  const paragraph = (line: string) =>
    `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(line)}</p>`;
  const html = `<!doctype html>
<html lang="${content.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;background:#faf7f2;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#1c1917">
<div style="max-width:520px;margin:0 auto;padding:32px 24px">
<p style="margin:0 0 24px;font-size:20px;font-weight:800;color:#c2410c">Hearth</p>
${paragraph(greeting)}
${lines.map(paragraph).join("\n")}
<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#c2410c;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 24px;border-radius:999px">${escapeHtml(action.label)}</a></p>
<p style="margin:0 0 24px;font-size:13px;color:#57534e;word-break:break-all">${escapeHtml(action.url)}</p>
${footer.map((line) => `<p style="margin:0 0 8px;font-size:13px;color:#57534e;line-height:1.5">${escapeHtml(line)}</p>`).join("\n")}
</div></body></html>`;
  return { to: content.to, subject, text, html };
}

function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}
