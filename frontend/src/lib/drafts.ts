// Drafts keep what an owner typed into a form when the session ends under it
// (a 401 sends them to sign in): the form saves its values when the session
// ends, and the same form takes them back when it is opened again after
// signing in. Kept in sessionStorage: this tab only, gone when it closes.
// Only record and vehicle forms use drafts, never forms with passwords.

export const SESSION_ENDED_EVENT = 'carnet:session-ended';

const PREFIX = 'carnet.draft:';

/** Tells open forms that the session ended (before the visitor is sent to sign in). */
export function announceSessionEnded(): void {
  window.dispatchEvent(new Event(SESSION_ENDED_EVENT));
}

export function saveDraft(key: string, values: Record<string, unknown>): void {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(values));
  } catch {
    // Storage full or disabled: nothing to keep.
  }
}

/** Returns and forgets the draft of key, if it has exactly the fields of `shape`. */
export function takeDraft<V extends Record<string, unknown>>(key: string, shape: V): V | null {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(PREFIX + key);
    sessionStorage.removeItem(PREFIX + key);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as Record<string, unknown>;
    const keys = Object.keys(shape);
    const sameShape =
      keys.length === Object.keys(draft).length &&
      keys.every((k) => k in draft && typeof draft[k] === typeof shape[k]);
    return sameShape ? (draft as V) : null;
  } catch {
    return null;
  }
}
