/**
 * Building the arrays of spans that pass from rule to rule. `Array.prototype.map` gives a packed array
 * while its caller runs unoptimised but a holey one once the engine (V8) compiles the caller and the
 * map into it, whereas `filter`, spread, `sort` and `push` always give packed arrays. A rule that was
 * compiled for one kind of array and is handed the other is thrown back to unoptimised code and
 * compiled again, and the next rule in line is then handed the other kind in turn: on a long run of
 * articles that recompiling cost a tenth of the time. Arrays built with `push` are all of one kind,
 * so the rules, compiled once, stay compiled.
 */

/**
 * `items.map(fn)` built with `push`: the same items in the same order, always a packed array (see the
 * file's comment). Use it for every array of spans, entities or ranges handed on to another rule.
 */
export function mapSpans<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(fn(items[i], i));
  return out;
}

/**
 * `mapSpans(items, fn)` for a rule that changes a few spans or none: `items` itself when `fn` returns
 * every item unchanged, so a rule with nothing to do copies no array. The result may be `items`: hand
 * it on, never change it in place.
 */
export function mapChangedSpans<T>(items: readonly T[], fn: (item: T, index: number) => T): T[] {
  let i = 0;
  let first: T | undefined;
  for (; i < items.length; i++) {
    first = fn(items[i], i);
    if (first !== items[i]) break;
  }
  if (i === items.length) return items as T[];
  const out = items.slice(0, i);
  out.push(first as T);
  for (i++; i < items.length; i++) out.push(fn(items[i], i));
  return out;
}
