// Writes the build's output files without blocking the thread: a worker renders its next page while the
// disk writes the last one. Each folder is made once.
import { createHash } from 'node:crypto';
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

/** The hash the incremental build keeps of a file it writes, to write it again only when its bytes change. */
export const hashBytes = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('base64url').slice(0, 22);
