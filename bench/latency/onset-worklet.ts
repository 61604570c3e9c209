// An AudioWorklet with two inputs (0: the speaker's captured track, 1: the listener's decoded
// track). Both share the AudioContext's sample clock, so onset frames compare exactly.
// AudioWorkletGlobalScope names, declared here because the DOM library does not include them.
declare const currentFrame: number;
declare function registerProcessor(name: string, processor: unknown): void;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}

const ON_LEVEL = 0.05;
const QUIET_FRAMES = 2_400; // 50 ms of quiet re-arms the detector

class OnsetProcessor extends AudioWorkletProcessor {
  private readonly quietSince = [0, 0];
  private readonly armed = [true, true];

  process(inputs: Float32Array[][]): boolean {
    for (let input = 0; input < 2; input++) {
      const channel = inputs[input]?.[0];
      if (!channel) continue;
      let loudAt = -1;
      for (let i = 0; i < channel.length; i++) {
        if (Math.abs(channel[i] ?? 0) >= ON_LEVEL) {
          loudAt = i;
          break;
        }
      }
      if (loudAt >= 0) {
        if (this.armed[input]) this.port.postMessage({ input, frame: currentFrame + loudAt });
        this.armed[input] = false;
        this.quietSince[input] = currentFrame + channel.length;
      } else if (currentFrame - (this.quietSince[input] ?? 0) >= QUIET_FRAMES) {
        this.armed[input] = true;
      }
    }
    return true;
  }
}

registerProcessor("onset", OnsetProcessor);

export {};
