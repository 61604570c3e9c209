import { e2eDb } from "../fixtures/e2e-db";
import { expect, test } from "../fixtures/e2e-test";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

// What a link preview sees: a crawler's request, with no cookies and no browser, against the built
// app. The use cases are tested in tests/integration/share-cards.test.ts; this proves the pages
// really answer a signed-out visitor with the tags (no redirect to sign-in) and the image behind them.

const CRAWLER = { "user-agent": "Twitterbot/1.0" };

function metaTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const match of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) {
    const [, key, value] = match;
    if (key !== undefined && value !== undefined && !tags.has(key)) tags.set(key, value);
  }
  return tags;
}

test("a crawler reads the cards of open and closed rooms, clubs and people", async ({
  request,
}) => {
  const host = await createTestUser(e2eDb, { displayName: "Orsolya Sharehost" });
  const open = await createLiveRoom(e2eDb, { hostId: host.id, title: "Porchlight open mic" });
  const closed = await createLiveRoom(e2eDb, {
    hostId: host.id,
    title: "Velvet rope strategy",
    visibility: "CLOSED",
  });
  const club = await e2eDb.club.create({
    data: {
      slug: `quiet-${host.username.slice(2, 10)}`,
      name: "Quiet Cartographers",
      visibility: "PRIVATE",
      createdById: host.id,
      members: { create: { userId: host.id, role: "ADMIN" } },
    },
    select: { slug: true },
  });

  async function card(path: string) {
    const page = await request.get(path, { headers: CRAWLER, maxRedirects: 0 });
    expect(page.status(), path).toBe(200);
    const html = await page.text();
    const tags = metaTags(html);
    const imageUrl = tags.get("og:image") ?? "";
    const image = await request.get(imageUrl, { headers: CRAWLER });
    expect(image.status(), imageUrl).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    return { html, tags };
  }

  const shown = await card(`/rooms/${open.id}`);
  expect(shown.tags.get("og:title")).toBe("Porchlight open mic");
  expect(shown.tags.get("twitter:card")).toBe("summary_large_image");
  expect(shown.tags.get("og:description")).toContain("Orsolya Sharehost");

  // Not only the tags: nothing anywhere in the page names the closed room, its host or the club.
  const hidden = await card(`/rooms/${closed.id}`);
  expect(hidden.tags.get("og:title")).toBe("A room on Hearth");
  expect(hidden.tags.get("twitter:title")).toBe("A room on Hearth");
  for (const secret of ["Velvet", "Orsolya", host.username]) {
    expect(hidden.html).not.toContain(secret);
  }
  const privateClub = await card(`/clubs/${club.slug}`);
  expect(privateClub.tags.get("og:title")).toBe("A club on Hearth");
  expect(privateClub.html).not.toContain("Cartographers");

  // A member's card is generic: it does not tell a crawler whether the username exists.
  const person = await card(`/@${host.username}`);
  expect(person.tags.get("og:title")).not.toContain("Orsolya");
  expect(person.html).not.toContain("Orsolya");
});
