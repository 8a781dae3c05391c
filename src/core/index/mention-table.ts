import type { Entity, EntityType } from '../model/types';

/** Entity types by their stored code; the order is part of the cache format. */
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'date'];

/** Numbers per mention in a packed mention array: variant id, form (text) string id, start, end. */
export const MENTION_STRIDE = 4;

/** What a group of mentions share besides their text and offsets: type, canonical name and date value. */
export interface MentionVariant {
  type: EntityType;
  /** String id of the canonical name. */
  canonical: number;
  /** String id of the date value, or -1 when there is none. */
  value: number;
}

/**
 * Interned strings and mention variants. A workspace of 10,000 articles has over a million
 * mentions but only a few thousand distinct names, so mentions are kept as numbers into this table
 * (`MENTION_STRIDE` per mention in a `Uint32Array`) instead of one object each. Append-only: ids
 * stay valid for as long as the table lives.
 */
export class MentionTable {
  readonly strings: string[];
  readonly variants: MentionVariant[];
  // Built on first use, so a table loaded from disk and only read never pays for the maps.
  private stringIds: Map<string, number> | undefined;
  private variantIds: Map<string, number> | undefined;
  /** Id maps from tables whose mentions were translated into this one (per worker batch, short-lived). */
  private readonly remaps = new WeakMap<MentionTable, { variants: Int32Array; strings: Int32Array }>();

  constructor(strings: string[] = [], variants: MentionVariant[] = []) {
    this.strings = strings;
    this.variants = variants;
  }

  /** The id of a string, adding it when new. */
  intern(text: string): number {
    if (!this.stringIds) {
      this.stringIds = new Map();
      for (let i = 0; i < this.strings.length; i++) if (!this.stringIds.has(this.strings[i])) this.stringIds.set(this.strings[i], i);
    }
    let id = this.stringIds.get(text);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(text);
      this.stringIds.set(text, id);
    }
    return id;
  }

  /** The id of an entity's variant (type, canonical, value), adding it when new. */
  internVariant(e: Pick<Entity, 'type' | 'canonical' | 'value'>): number {
    const canonical = this.intern(e.canonical);
    const value = e.value === undefined ? -1 : this.intern(e.value);
    const type = ENTITY_TYPES.indexOf(e.type);
    if (type < 0) throw new TypeError(`unknown entity type ${String(e.type)}`);
    if (!this.variantIds) {
      this.variantIds = new Map();
      this.variants.forEach((v, i) => this.variantIds!.set(`${ENTITY_TYPES.indexOf(v.type)},${v.canonical},${v.value}`, i));
    }
    const key = `${type},${canonical},${value}`;
    let id = this.variantIds.get(key);
    if (id === undefined) {
      id = this.variants.length;
      this.variants.push({ type: e.type, canonical, value });
      this.variantIds.set(key, id);
    }
    return id;
  }

  /** Packs entities into a mention array of this table. */
  encode(entities: readonly Entity[]): Uint32Array {
    const out = new Uint32Array(entities.length * MENTION_STRIDE);
    entities.forEach((e, i) => {
      out[i * MENTION_STRIDE] = this.internVariant(e);
      out[i * MENTION_STRIDE + 1] = this.intern(e.text);
      out[i * MENTION_STRIDE + 2] = e.start;
      out[i * MENTION_STRIDE + 3] = e.end;
    });
    return out;
  }

  /** A mention array of another table, packed against this one (ids mapped, offsets kept). */
  translate(mentions: Uint32Array, from: MentionTable): Uint32Array {
    if (from === this) return mentions;
    let remap = this.remaps.get(from);
    if (!remap) this.remaps.set(from, (remap = { variants: new Int32Array(from.variants.length).fill(-1), strings: new Int32Array(from.strings.length).fill(-1) }));
    const out = new Uint32Array(mentions.length);
    for (let i = 0; i < mentions.length; i += MENTION_STRIDE) {
      const v = mentions[i];
      if (remap.variants[v] < 0) {
        const old = from.variants[v];
        remap.variants[v] = this.internVariant({ type: old.type, canonical: from.strings[old.canonical], value: old.value < 0 ? undefined : from.strings[old.value] });
      }
      const s = mentions[i + 1];
      if (remap.strings[s] < 0) remap.strings[s] = this.intern(from.strings[s]);
      out[i] = remap.variants[v];
      out[i + 1] = remap.strings[s];
      out[i + 2] = mentions[i + 2];
      out[i + 3] = mentions[i + 3];
    }
    return out;
  }

  /** The entity of the `i`-th mention of a mention array of this table. */
  entityAt(mentions: Uint32Array, i: number): Entity {
    const v = this.variants[mentions[i * MENTION_STRIDE]];
    const entity: Entity = {
      type: v.type,
      text: this.strings[mentions[i * MENTION_STRIDE + 1]],
      start: mentions[i * MENTION_STRIDE + 2],
      end: mentions[i * MENTION_STRIDE + 3],
      canonical: this.strings[v.canonical],
    };
    if (v.value >= 0) entity.value = this.strings[v.value];
    return entity;
  }

  /** Unpacks a mention array of this table into entities. */
  decode(mentions: Uint32Array): Entity[] {
    const out: Entity[] = [];
    for (let i = 0; i < mentions.length / MENTION_STRIDE; i++) out.push(this.entityAt(mentions, i));
    return out;
  }
}
