// Actors and products by id, as answers name them. Queries return ids; one look-up per answer
// fills in names (de/cs/en), place and size, so every answer names things the same way.
import type { ActorRef, ProductRef } from '../schemas/analytics';

export interface RefRow {
  id: string;
  kind: string;
  name: string;
  nameDe: string | null;
  nameCs: string | null;
  nameEn: string | null;
  country: string | null;
  district: string | null;
  town: string | null;
  size: string | null;
  category: string | null;
}

export class Refs {
  private readonly rows: Map<string, RefRow>;

  constructor(rows: RefRow[]) {
    this.rows = new Map(rows.map((row) => [row.id, row]));
  }

  /** Whether the answer may name `id`: it exists and is no draft hidden from the asker. */
  has(id: string): boolean {
    return this.rows.has(id);
  }

  kindOf(id: string): string | undefined {
    return this.rows.get(id)?.kind;
  }

  /** Id and names; a node deleted since the query ran is named by its id. */
  private texts(id: string) {
    const row = this.rows.get(id);
    return { row, id, name: row?.name ?? id, nameDe: row?.nameDe ?? null, nameCs: row?.nameCs ?? null, nameEn: row?.nameEn ?? null };
  }

  actor(id: string): ActorRef {
    const { row, ...texts } = this.texts(id);
    return {
      ...texts,
      kind: row?.kind ?? 'firm',
      country: row?.country ?? null,
      district: row?.district ?? null,
      town: row?.town ?? null,
      size: row?.size ?? null,
    };
  }

  product(id: string): ProductRef {
    const { row, ...texts } = this.texts(id);
    return { ...texts, category: row?.category ?? null };
  }
}
