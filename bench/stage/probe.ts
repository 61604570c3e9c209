/** What bench/stage/instrument.ts keeps on `window.hearthStage` in each page. */
export type StageMarks = {
  /** Speaker page: the invited listener's click on "Join the stage". */
  accept?: number;
  /** Speaker page: the on-stage notice and "Unmute microphone" are both shown. */
  onStage?: number;
  /** Speaker page: the bench's click on "Unmute microphone". */
  unmute?: number;
  /** Other listener's page: first inbound audio bytes on an SSRC it did not have before. */
  firstAudio?: number;
};

export type StageProbe = {
  marks: StageMarks;
  /** Speaker page: click Unmute microphone as soon as the page says they are on stage. */
  armSpeaker: () => void;
  /** Listener page: remember today's inbound SSRCs, then poll for a new one with bytes. */
  armListener: () => Promise<void>;
};

export type StageWindow = { hearthStage: StageProbe };

export const JOIN_STAGE = "Join the stage";

export const ON_STAGE_NOTICE = "You're on stage. Your mic is off until you unmute.";
