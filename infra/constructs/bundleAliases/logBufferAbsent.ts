/**
 * Stands in for Powertools Logger's `logBuffer.js` in the function bundle. The logger creates its buffer only
 * when constructed with `logBufferOptions`; the function's logger has none (functions/lib/logger.ts), so every
 * buffer method returns before reaching it.
 */
class Absent {
  constructor() {
    throw new Error('The Powertools log buffer is not bundled in this function');
  }
}

export const CircularMap = Absent;
export const SizedItem = Absent;
export const SizedSet = Absent;
