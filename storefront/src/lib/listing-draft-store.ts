import { del, delMany, get, getMany, keys, setMany } from "idb-keyval"
import {
  draftFromRecord,
  photoKey,
  readDraftRecord,
  toDraftRecord,
  type DraftRecord,
  type WizardDraft,
  type WizardPhoto,
} from "./listing-draft"

// Drafts live in IndexedDB (idb-keyval): the record and, apart, each photo's blob. IndexedDB
// writes are asynchronous, and one started as the page closes may be dropped with the page; so
// the page's last record is also written synchronously to localStorage ("last words"), and
// loading takes the newer of the two. IndexedDB and localStorage can be missing or refuse to
// write (private browsing, a full disk): the wizard then works without drafts, and there is
// nothing a member could act on, so failures are only warned.

/** The photos whose blob is in IndexedDB already, per draft, for this page's life. */
const kept = new Map<string, Set<string>>()

function keptFor(key: string): Set<string> {
  let ids = kept.get(key)
  if (!ids) kept.set(key, (ids = new Set()))
  return ids
}

const lastWordsKey = (key: string) => `${key}:last`

function readLastWords(key: string): DraftRecord | null {
  try {
    const text = localStorage.getItem(lastWordsKey(key))
    return text ? readDraftRecord(JSON.parse(text)) : null
  } catch {
    return null
  }
}

/** Whether some photo of the draft has a blob not kept yet (a photo just added). */
export function hasUnkeptPhotos(key: string, photos: WizardPhoto[]): boolean {
  const ids = keptFor(key)
  return photos.some((photo) => photo.blob && !ids.has(photo.id))
}

/** The draft kept under `key`, with its photos, if there is a usable one. */
export async function loadDraft(key: string): Promise<WizardDraft | null> {
  try {
    const stored = readDraftRecord(await get(key))
    const last = readLastWords(key)
    const record = stored && (!last || stored.savedAt >= last.savedAt) ? stored : last
    if (!record) return null
    const local = record.photos.filter((photo) => photo.local).map((photo) => photo.id)
    const found = await getMany(local.map((id) => photoKey(key, id)))
    const blobs = new Map(local.flatMap((id, index) => (found[index] instanceof Blob ? [[id, found[index] as Blob] as const] : [])))
    for (const id of blobs.keys()) keptFor(key).add(id)
    return draftFromRecord(record, blobs)
  } catch (error) {
    console.warn("listing draft could not be read:", error)
    return null
  }
}

/** Keeps the draft: its record, and in the same transaction the blobs of photos not kept yet. */
export async function saveDraft(key: string, draft: WizardDraft): Promise<void> {
  const ids = keptFor(key)
  const fresh = draft.photos.filter((photo): photo is WizardPhoto & { blob: Blob } => !!photo.blob && !ids.has(photo.id))
  // Counted as kept from now on: the writes after this one carry only the small record, and
  // IndexedDB runs them after this one, so none can be read back without its photos.
  for (const photo of fresh) ids.add(photo.id)
  try {
    await setMany([[key, toDraftRecord(draft)], ...fresh.map((photo) => [photoKey(key, photo.id), photo.blob] as [string, Blob])])
  } catch (error) {
    for (const photo of fresh) ids.delete(photo.id)
    console.warn("listing draft could not be kept:", error)
  }
}

/** Keeps the draft as the page goes away: its record at once in localStorage, then as usual. */
export function saveDraftNow(key: string, draft: WizardDraft): void {
  try {
    localStorage.setItem(lastWordsKey(key), JSON.stringify(toDraftRecord(draft)))
  } catch (error) {
    console.warn("listing draft could not be kept:", error)
  }
  void saveDraft(key, draft)
}

/** Forgets the draft and every photo kept for it, removed ones included. */
export async function clearDraft(key: string): Promise<void> {
  kept.delete(key)
  try {
    localStorage.removeItem(lastWordsKey(key))
    const photos = (await keys()).filter((stored) => typeof stored === "string" && stored.startsWith(photoKey(key, "")))
    await Promise.all([del(key), delMany(photos)])
  } catch (error) {
    console.warn("listing draft could not be removed:", error)
  }
}
