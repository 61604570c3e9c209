import { expect, test, type Page } from "../fixtures/e2e-test";
import { e2eDb } from "../fixtures/e2e-db";
import {
  FIRST_JOIN,
  inboundAudio,
  memberPage,
  speakingMicLaunchOptions,
  stage,
} from "../fixtures/e2e-live";
import { unmuteHost } from "../fixtures/e2e-host";
import { createLiveRoom } from "../fixtures/rooms";
import { createTestUser } from "../fixtures/users";

test.use({ launchOptions: speakingMicLaunchOptions() });

const EARS = "__hearthTestEars";

/**
 * What the page plays, ear by ear: every Web Audio node that feeds the speakers is also measured
 * on its left and right channel. (Without spatial audio LiveKit plays through audio elements, and
 * nothing is measured.)
 */
async function listenWithBothEars(page: Page) {
  await page.addInitScript((key) => {
    const ears: AnalyserNode[][] = [];
    Reflect.set(window, key, ears);
    const connect = Reflect.get(AudioNode.prototype, "connect") as (...args: unknown[]) => unknown;
    function measuredConnect(this: AudioNode, ...args: unknown[]) {
      const [destination] = args;
      if (destination instanceof AudioDestinationNode) {
        const splitter = this.context.createChannelSplitter(2);
        const left = this.context.createAnalyser();
        const right = this.context.createAnalyser();
        Reflect.apply(connect, this, [splitter]);
        Reflect.apply(connect, splitter, [left, 0]);
        Reflect.apply(connect, splitter, [right, 1]);
        ears.push([left, right]);
      }
      const connected: unknown = Reflect.apply(connect, this, args);
      return connected;
    }
    Reflect.set(AudioNode.prototype, "connect", measuredConnect);
  }, EARS);
}

/** The loudness (RMS) each ear hears over half a second. */
async function loudnessByEar(page: Page): Promise<{ left: number; right: number }> {
  return page.evaluate(async (key) => {
    const ears = (Reflect.get(window, key) ?? []) as AnalyserNode[][];
    const samples = new Float32Array(2048);
    const power = (ear: AnalyserNode) => {
      ear.getFloatTimeDomainData(samples);
      return samples.reduce((sum, sample) => sum + sample * sample, 0) / samples.length;
    };
    let left = 0;
    let right = 0;
    for (let round = 0; round < 10; round += 1) {
      for (const [leftEar, rightEar] of ears) {
        if (leftEar) left += power(leftEar);
        if (rightEar) right += power(rightEar);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { left: Math.sqrt(left / 10), right: Math.sqrt(right / 10) };
  }, EARS);
}

test("spatial audio seats the host on the listener's left, and is remembered", async ({
  browser,
}) => {
  // Three people join and the listener's page loads twice: 23–40 s in clean runs, over a minute
  // on a VM running everything twice as slow.
  test.setTimeout(120_000);
  const suffix = Date.now() % 10_000;
  const host = await createTestUser(e2eDb, { displayName: `Hana Host ${suffix}` });
  const speaker = await createTestUser(e2eDb, { displayName: `Sam Speaker ${suffix}` });
  const listener = await createTestUser(e2eDb, { displayName: `Lee Listener ${suffix}` });
  const room = await createLiveRoom(e2eDb, { hostId: host.id });
  await e2eDb.roomParticipant.create({
    data: { roomId: room.id, userId: speaker.id, role: "SPEAKER", leftAt: new Date() },
  });
  const [hostPage, speakerPage, listenerPage] = await Promise.all([
    memberPage(browser, host),
    memberPage(browser, speaker),
    memberPage(browser, listener),
  ]);
  await hostPage.goto(`/rooms/${room.id}`);
  await unmuteHost(hostPage);
  // The speaker takes the stage's second seat (on the right) and stays muted: only the host talks.
  await speakerPage.goto(`/rooms/${room.id}`);
  await listenWithBothEars(listenerPage);
  await listenerPage.goto(`/rooms/${room.id}`);
  await expect(stage(listenerPage).getByText(speaker.displayName)).toBeVisible(FIRST_JOIN);
  await expect
    .poll(async () => (await inboundAudio(listenerPage)).level, FIRST_JOIN)
    .toBeGreaterThan(0);

  const spatial = listenerPage.getByRole("switch", { name: "Spatial audio" });
  await expect(spatial).not.toBeChecked();
  await spatial.click();
  await expect(listenerPage.getByText("Spatial audio is on")).toBeAttached();
  // The host holds the first of two seats, a quarter circle to the left: their voice is louder in
  // the left ear.
  await expect
    .poll(async () => {
      // Heard from its seat only: LiveKit's own audio element for the voice is silent meanwhile.
      expect(
        await listenerPage.evaluate(() => {
          const elements = [...document.querySelectorAll("audio")];
          return elements.length > 0 && elements.every((element) => element.muted);
        }),
      ).toBe(true);
      const { left, right } = await loudnessByEar(listenerPage);
      return left > 0.001 && left > 2 * right;
    }, FIRST_JOIN)
    .toBe(true);
  const { left, right } = await loudnessByEar(listenerPage);
  console.log(`the host's voice, RMS: left ear ${left.toFixed(4)}, right ear ${right.toFixed(4)}`);

  // Remembered for the member: a new page of theirs places the voices again by itself.
  await listenerPage.reload();
  await expect(listenerPage.getByRole("switch", { name: "Spatial audio" })).toBeChecked(FIRST_JOIN);
  await expect
    .poll(async () => {
      const { left, right } = await loudnessByEar(listenerPage);
      return left > 0.001 && left > 2 * right;
    }, FIRST_JOIN)
    .toBe(true);
});
