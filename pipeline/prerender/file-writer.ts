// Writes the build's output files without blocking the thread: a worker renders its next page while the
// disk writes the last one. Each folder is made once.
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A function that writes `data` to `relative` under `folder`, making its folder when needed. */
export const fileWriter = (folder: string): ((relative: string, data: string | Uint8Array) => Promise<void>) => {
  const made = new Set<string>();
  return async (relative, data) => {
    const file = join(folder, relative);
    const parent = dirname(file);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    await writeFile(file, data);
  };
};
