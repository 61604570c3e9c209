/** What bench/hand/instrument.ts keeps on `window.hearthHand` in each page. */
export type HandProbe = {
  /** Every click on Raise hand in this page, epoch ms. */
  raisedAt: number[];
  /** When the watched name last entered / left the host's "Raised hands" list, epoch ms. */
  seenAt: number | null;
  goneAt: number | null;
  /** Starts watching the queue for `name` (host page). */
  watch: (name: string) => void;
};

export type HandWindow = { hearthHand: HandProbe };
