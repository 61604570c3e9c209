"use client";

import { useState } from "react";

type CopyButtonProps = { text: string; label: string };

/** Copies `text` and says so in a live region; falls back to asking people to copy by hand. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied.");
    } catch {
      setStatus("Copying is blocked here: select the link and copy it yourself.");
    }
  }

  return (
    <div className="flex items-center gap-3">
      <button
        type="button"
        onClick={() => void copy()}
        className="rounded-full border border-stone-300 bg-white px-4 py-1.5 text-sm font-semibold hover:bg-ember-100"
      >
        {label}
      </button>
      <p role="status" className="text-sm text-ink-600">
        {status}
      </p>
    </div>
  );
}
