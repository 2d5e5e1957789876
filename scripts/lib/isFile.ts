import { stat } from 'node:fs/promises';

/** True if `path` is a regular file (false when missing, unreadable or a folder). */
export async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
