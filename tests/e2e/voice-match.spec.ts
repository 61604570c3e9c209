import { expect, test, type Page } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import {
  audience,
  FIRST_JOIN,
  inboundAudio,
  memberPage,
  PEER_CONNECTIONS,
  speakingMicLaunchOptions,
  stage,
} from "../fixtures/e2e-live";
import { unmuteHost } from "../fixtures/e2e-host";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

test.use({ launchOptions: speakingMicLaunchOptions() });

async function hearsTheOther(page: Page) {
  await expect.poll(async () => (await inboundAudio(page)).level, FIRST_JOIN).toBeGreaterThan(0);
}

test("two members with a shared interest are matched and hear each other", async ({ browser }) => {
  // Only this file uses the match queue; tickets a failed earlier run left waiting must not pair.
  await e2eDb.matchTicket.updateMany({ data: { waitingSince: null } });
  const ada = await createTestUser(e2eDb, { displayName: `Ada Lovelace ${Date.now() % 10_000}` });
  const bo = await createTestUser(e2eDb, { displayName: `Bo Yang ${Date.now() % 10_000}` });
  // Bo opted in before; Ada opts in through the page.
  await e2eDb.matchTicket.create({
    data: { userId: bo.id, topics: ["GAMES", "CULTURE"], adultConfirmedAt: new Date() },
  });

  // Ada is listening to a room when she goes to Meet: the call takes the tab's one connection, so
  // the room is left once she is matched (one microphone at a time).
  const host = await createTestUser(e2eDb, { displayName: `Hal Host ${Date.now() % 10_000}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id });
  const adaPage = await memberPage(browser, ada);
  await adaPage.goto(`/rooms/${room.id}`);
  await expect(audience(adaPage).getByText(ada.displayName)).toBeVisible(FIRST_JOIN);
  await adaPage
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Meet" })
    .click();
  const miniPlayer = adaPage.getByRole("region", { name: "Now listening" });
  await expect(miniPlayer).toBeVisible();
  await adaPage.getByRole("checkbox", { name: "I am 18 or older" }).click();
  await adaPage.getByRole("checkbox", { name: "Games" }).click();
  await adaPage.getByRole("button", { name: "Continue" }).click();
  await adaPage.getByRole("button", { name: "Find someone" }).click();
  await expect(adaPage.getByText("Looking for someone who likes Games")).toBeVisible();

  const boPage = await memberPage(browser, bo);
  await boPage.goto("/meet");
  await boPage.getByRole("button", { name: "Find someone" }).click();

  // Each sees only the other's first name and what they share.
  await expect(boPage.getByRole("heading", { name: "You're talking with Ada" })).toBeVisible(
    FIRST_JOIN,
  );
  await expect(adaPage.getByRole("heading", { name: "You're talking with Bo" })).toBeVisible(
    FIRST_JOIN,
  );
  await expect(adaPage.getByText("You both like Games")).toBeVisible();
  await expect(miniPlayer).toHaveCount(0);
  await expect(adaPage.getByText(bo.displayName)).toHaveCount(0);
  await expect(adaPage.getByRole("timer")).toHaveText(/^[45]:\d\d$/);

  await Promise.all([hearsTheOther(adaPage), hearsTheOther(boPage)]);
});

test("music mode publishes stereo audio without voice processing", async ({ browser }) => {
  const host = await createTestUser(e2eDb, { displayName: `Mia Music ${Date.now() % 10_000}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id, topic: "MUSIC_KARAOKE" });
  const page = await memberPage(browser, host);
  await page.goto(`/rooms/${room.id}`);
  await expect(stage(page).getByText(host.displayName)).toBeVisible(FIRST_JOIN);
  // A room starts with its host muted: nothing is sent until they unmute.
  await unmuteHost(page);

  const sentMic = () =>
    page.evaluate((key) => {
      const connections: unknown = Reflect.get(window, key);
      for (const connection of Array.isArray(connections) ? connections : []) {
        if (!(connection instanceof RTCPeerConnection)) continue;
        for (const sender of connection.getSenders()) {
          if (sender.track?.kind !== "audio" || sender.track.readyState !== "live") continue;
          const settings = sender.track.getSettings();
          return {
            echoCancellation: settings.echoCancellation,
            noiseSuppression: settings.noiseSuppression,
            autoGainControl: settings.autoGainControl,
            channelCount: settings.channelCount,
          };
        }
      }
      return null;
    }, PEER_CONNECTIONS);

  // The host is speaking with voice processing; switching music mode on republishes in place.
  await expect.poll(sentMic, FIRST_JOIN).toMatchObject({ echoCancellation: true });
  await page.getByRole("switch", { name: "Music mode" }).click();
  await expect.poll(sentMic, FIRST_JOIN).toEqual({
    echoCancellation: false,
    noiseSuppression: false,
    autoGainControl: false,
    channelCount: 2,
  });
  await expect(page.getByText("Use headphones for the best sound.")).toBeAttached();
  // Still on stage, microphone still live.
  await expect(stage(page).getByText(host.displayName)).toBeVisible();
  await expect(page.getByRole("button", { name: "Mute microphone", exact: true })).toBeVisible();
});
