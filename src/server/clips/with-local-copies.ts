import "server-only";
import type { ReplayStorage } from "@/server/replays/replay-storage";

/** Runs `work` with a local file for each key (ReplayStorage.withLocalCopy, nested), in order. */
export async function withLocalCopies<T>(
  storage: ReplayStorage,
  keys: string[],
  work: (filePaths: string[]) => Promise<T>,
): Promise<T> {
  const [first, ...rest] = keys;
  if (first === undefined) return work([]);
  return storage.withLocalCopy(first, (filePath) =>
    withLocalCopies(storage, rest, (filePaths) => work([filePath, ...filePaths])),
  );
}
