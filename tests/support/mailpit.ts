// Reads what reached the tests' SMTP server through Mailpit's HTTP API (scripts/test.sh starts
// Mailpit and exports MAILPIT_URL; the app sends to it through SMTP_URL).

export type MailSummary = { ID: string; Subject: string; To: { Address: string }[] };
export type Mail = MailSummary & { Text: string; HTML: string };

function mailpitUrl(): string {
  const url = process.env.MAILPIT_URL;
  if (!url) throw new Error("MAILPIT_URL is not set: scripts/test.sh starts Mailpit and sets it");
  return url.replace(/\/+$/, "");
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${mailpitUrl()}${path}`);
  if (!response.ok) throw new Error(`Mailpit ${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Every message Mailpit holds for this address, newest first. */
export async function mailTo(address: string): Promise<MailSummary[]> {
  const query = encodeURIComponent(`to:"${address}"`);
  const found = await getJson<{ messages: MailSummary[] }>(
    `/api/v1/search?query=${query}&limit=50`,
  );
  // Search matches substrings; keep exact recipients only.
  return found.messages.filter((mail) =>
    mail.To.some((to) => to.Address.toLowerCase() === address.toLowerCase()),
  );
}

/** Waits until `count` messages reached the address, and returns the newest one in full. */
export async function waitForMail(address: string, count = 1, timeoutMs = 15_000): Promise<Mail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const messages = await mailTo(address);
    const newest = messages[0];
    if (messages.length >= count && newest) return getJson<Mail>(`/api/v1/message/${newest.ID}`);
    if (Date.now() > deadline) {
      throw new Error(
        `${messages.length} of ${count} emails reached ${address} in ${timeoutMs} ms`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The first link in a message's text that goes to `path` (e.g. "/reset-password/"). */
export function linkIn(mail: Mail, path: string): string {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`https?://\\S+${escaped}[A-Za-z0-9_-]+`).exec(mail.Text);
  if (!match) throw new Error(`no ${path} link in "${mail.Subject}":\n${mail.Text}`);
  return match[0];
}
