import type { NamedSpan } from './index';

/**
 * Broadcasters by their call signs, and the cameras that share a broadcaster's letters. A North
 * American station goes by its call sign and its channel's number ("told KXAN 36", "WPLG 10 News"):
 * the number belongs to the name the model finds as the letters alone. "CCTV" is China's state
 * broadcaster, but British and most other news write it for closed-circuit cameras ("CCTV footage",
 * "caught on CCTV", "CCTV from a nearby shop"), which are no name.
 */

/** A station's call sign: "K" or "W" and three capitals, perhaps with its band ("KXAN", "WPLG-TV"). */
const CALL_SIGN = /^[KW]\p{Lu}{3}(?:-(?:TV|DT|FM|AM))?$/u;
/** The channel's number after a call sign, ending there: " 4", " 36" (not "4.5", "4%", "36th"). */
const CHANNEL_AFTER = /^[ \t]\d{1,2}(?![\p{L}\p{N}%]|[.,:]\d)/u;
/** Words after "CCTV" that make it cameras: "CCTV footage", "CCTV cameras", "CCTV from a shop". */
const CAMERAS_AFTER = /^[ \t]+(?:footage|cameras?|images|pictures|stills|evidence|systems?|operators?|recordings?|from[ \t]+(?:a|an|the|nearby|outside|inside))(?![\p{L}])/u;
/** Words before "CCTV" that make it cameras: "caught on CCTV", "captured on CCTV". */
const CAMERAS_BEFORE = /(?:caught|captured|seen|recorded|filmed|spotted|shown)[ \t]+on[ \t]+$/u;

/** Whether "CCTV" at `s` means cameras, by the words around it. */
function isCameras(text: string, s: NamedSpan): boolean {
  return CAMERAS_AFTER.test(text.slice(s.end, s.end + 24)) || CAMERAS_BEFORE.test(text.slice(Math.max(0, s.start - 16), s.start));
}

/**
 * Spans (sorted, apart) with a station's channel number taken into its call sign's name, and "CCTV"
 * dropped where it means cameras; see the file's comment.
 */
export function withBroadcasters(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // Only a short span in capitals is looked at further: a call sign or "CCTV".
    const length = s.end - s.start;
    if (s.type !== 'organization' || length < 4 || length > 7 || !(text.charCodeAt(s.start) === 75 || text.charCodeAt(s.start) === 87 || text.charCodeAt(s.start) === 67)) {
      out.push(s);
      continue;
    }
    const name = text.slice(s.start, s.end);
    if (name === 'CCTV' && isCameras(text, s)) continue;
    const channel = text[s.end] === ' ' && CALL_SIGN.test(name) ? CHANNEL_AFTER.exec(text.slice(s.end, s.end + 5)) : null;
    const end = channel ? s.end + channel[0].length : s.end;
    out.push(channel && (k + 1 >= spans.length || spans[k + 1].start >= end) ? { ...s, end } : s);
  }
  return out;
}
