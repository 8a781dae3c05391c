/**
 * A one-word name that the name lists hold only as a town ("Griffin", "Vernon", "Brant") is also a
 * surname. When the model read it as a person and a reporting verb follows ("... ," Griffin said.),
 * the person stands: towns do not speak. Countries, regions and organisations in the lists keep
 * their list type ("Jordan said", "Georgia said"), and so does a town the model read as a place.
 */

/** A reporting verb right after the name, over spaces or tabs. */
const SPEECH_AFTER = /^[ \t]+(?:said|says|added|told|wrote|explained|argued|insisted|warned|stressed|recalled)(?![\p{L}\p{M}'’-])/u;

/**
 * Whether a one-word name the model made a person, listed only as a town (`townOnly`), keeps the
 * person's type because it speaks: a reporting verb follows `end`. Cheap checks come first, as this
 * runs for every listed name.
 */
export function speaksAsPerson(text: string, name: string, end: number, modelType: string, townOnly: boolean): boolean {
  if (modelType !== 'person' || !townOnly || name.includes(' ')) return false;
  const next = text.charCodeAt(end);
  if (next !== 32 && next !== 9) return false;
  return SPEECH_AFTER.test(text.slice(end, end + 14));
}
