import { writeFileSync } from "node:fs";

export const SAMPLE_RATE = 48_000;
export const LEAD_IN_SECONDS = 5;
export const BEEPS = 100;
export const BEEP_PERIOD_SECONDS = 0.3;
const BEEP_SECONDS = 0.04;
const TAIL_SECONDS = 2;

/**
 * The speaker's "microphone": 16-bit mono WAV, silence long enough for both peers to connect, then
 * 100 beeps of 1 kHz, 40 ms on and 260 ms off, so each onset is unambiguous at both ends.
 */
export function writeBeepWav(file: string): void {
  const total = Math.round(
    (LEAD_IN_SECONDS + BEEPS * BEEP_PERIOD_SECONDS + TAIL_SECONDS) * SAMPLE_RATE,
  );
  const samples = new Int16Array(total);
  for (let beep = 0; beep < BEEPS; beep++) {
    const start = Math.round((LEAD_IN_SECONDS + beep * BEEP_PERIOD_SECONDS) * SAMPLE_RATE);
    for (let i = 0; i < BEEP_SECONDS * SAMPLE_RATE; i++) {
      samples[start + i] = Math.round(16_000 * Math.sin((2 * Math.PI * 1000 * i) / SAMPLE_RATE));
    }
  }
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + samples.byteLength, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36);
  header.writeUInt32LE(samples.byteLength, 40);
  writeFileSync(file, Buffer.concat([header, Buffer.from(samples.buffer)]));
}
