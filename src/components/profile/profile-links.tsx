import { ExternalLink } from "lucide-react";
import { useTranslations } from "next-intl";

type ProfileLinksProps = { links: string[] };

/** An address as people read it: host and path, without the scheme or a trailing slash. */
function readableAddress(link: string): string {
  const url = new URL(link);
  return `${url.host}${url.pathname === "/" ? "" : url.pathname}${url.search}`;
}

/**
 * The member's own links. Hearth vouches for none of them (rel nofollow ugc) and gives the
 * opened page no handle on this one (noopener).
 */
export function ProfileLinks({ links }: ProfileLinksProps) {
  const t = useTranslations("profile");
  if (links.length === 0) return null;
  return (
    <ul aria-label={t("links")} className="mt-2 flex flex-col gap-1 text-sm">
      {links.map((link) => (
        <li key={link} className="min-w-0">
          <a
            href={link}
            target="_blank"
            rel="nofollow ugc noopener"
            className="inline-flex max-w-full items-center gap-1 font-medium text-ember-700 underline-offset-2 hover:underline"
          >
            <ExternalLink aria-hidden="true" className="size-3.5 shrink-0" />
            <span className="truncate">{readableAddress(link)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
