/**
 * The message of anything a `catch` receives: an Error's message, else the value in words. The one idiom for turning
 * a caught value into text; never `(error as Error).message`, which is undefined for a thrown string.
 */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
