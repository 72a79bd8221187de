// Staff import of actors, products, links and contact persons from CSV or XLSX with the columns of
// our exports. One pass over the file in batches: each row is checked (cells, then districts,
// sectors, ids and link ends against the database and the rows before it), sorted into create,
// change, unchanged or rejected, and on apply written with the import's provenance (source
// 'import', the file, who, when) and one audit entry per node or link it created or changed.
// Preview runs in a read transaction; apply runs the same pass in ONE write transaction, so the
// accepted rows and their audit land whole or not at all. Only counts, the rejected rows and the
// first rows of each outcome are kept, so memory stays bounded however long the file is.
import { randomBytes } from 'node:crypto';
import fp from 'fastify-plugin';
import { changedProperties, recordAudits, type AuditInput, type LinkChange } from '../../audit/audit';
import type { AuthUser } from '../../auth/roles';
import { actorColumns, linkColumns, personColumns, productColumns, type Column } from '../../exports/columns';
import type { ActorRow, ProductRow } from '../../exports/scope-data';
import { checkRow, type Problem, type Value } from '../../imports/check-cells';
import { reasonMessage } from '../../imports/messages';
import { readRows, type ImportTable, type RawRow } from '../../imports/read-rows';
import { toNeo4jDate } from '../../graph/mappers';
import { readQuery, writeQuery } from '../../graph/queries';
import type { QueryRunner, TransactionRunner } from '../../graph/runner';
import type { Language } from '../../schemas/common';
import { allowed, type RelationshipType } from '../../schemas/relationships';
import type { EntityKind } from '../../schemas/entities';
import { newId } from './entities-repository';

const getReference = readQuery<{ districts: { id: string; country: string }[]; sectors: string[] }>('imports/get-reference');
const getKinds = readQuery<{ id: string; kind: string }>('imports/get-kinds');
const matchActors = readQuery<{ key: string; ids: string[] }>('imports/match-actors');
const findLinks = readQuery<{ key: string; since: string | null; standing: string | null }>('imports/find-links');
const findPersons = readQuery<{ key: string; persons: StoredPerson[] }>('imports/find-persons');
const getActors = readQuery<ActorRow>('exports/get-actors');
const getProducts = readQuery<ProductRow>('exports/get-products');
const mergeActors = writeQuery<{ count: number }>('imports/merge-actors');
const mergeProducts = writeQuery<{ count: number }>('imports/merge-products');
const mergeLinks = writeQuery<{ key: string; offersAdded: boolean; needsAdded: boolean }>('imports/merge-links');
const mergePersons = writeQuery<{ count: number }>('imports/merge-persons');

export type Outcome = 'create' | 'change' | 'unchanged';

export interface PreviewRow {
  table: ImportTable;
  line: number;
  outcome: Outcome;
  id: string | null;
  label: string;
  matchedBy: 'id' | 'name-town' | 'name-actor' | null;
}

export interface RejectedRow {
  table: ImportTable;
  line: number;
  sheet: string | null;
  problems: { column: string; reason: Problem['reason']; message: string }[];
}

export interface ImportResult {
  file: string;
  applied: boolean;
  rows: number;
  counts: Record<ImportTable, Record<Outcome | 'reject', number>>;
  /** The first rows of each outcome, for the preview table. */
  examples: PreviewRow[];
  rejected: RejectedRow[];
  /** Audit entries written: one per node or link created or changed (0 for a preview). */
  audited: number;
}

export interface ImportOptions {
  fileName: string;
  lang: Language;
  user: AuthUser;
  apply: boolean;
  onProgress?: (rows: number) => void;
}

interface StoredPerson {
  id: string;
  of: string;
  name: string;
  function?: string | null;
  email?: string | null;
  phone?: string | null;
  languages?: string[] | null;
  consent: string;
}

const batchSize = 500;
const examplesPerOutcome = 200;
const actorLabels = { firm: 'Firm', institute: 'Institute', organisation: 'Organisation' } as const;
const actorKinds = new Set(Object.keys(actorLabels));
const typesOf = { institute: ['university', 'research', 'transfer'], organisation: ['chamber', 'agency', 'cluster', 'network', 'association'] };
const columnsOf: Record<ImportTable, Column[]> = { actors: actorColumns, products: productColumns, links: linkColumns, persons: personColumns };
const actorProps = ['name', 'nameDe', 'nameCs', 'nameEn', 'type', 'town', 'size', 'employees', 'founded', 'website', 'certifications', 'lat', 'lon', 'published'];
const productProps = ['name', 'nameDe', 'nameCs', 'nameEn', 'code', 'codeSystem', 'category'];
const personProps = ['name', 'function', 'email', 'phone', 'languages', 'consent'];
const defaultConsent = 'staff';
const defaultStanding = 'confirmed';

const newPersonId = () => `C-${randomBytes(6).toString('hex')}`;

interface Checked {
  raw: RawRow;
  values: Record<string, Value>;
  problems: Problem[];
}

/** What the pass remembers across batches: ids and links seen in the file (for duplicates and link ends). */
class FileState {
  readonly ids = new Map<string, { kind: string; line: number }>();
  readonly nameTowns = new Map<string, number>();
  readonly links = new Map<string, number>();
  readonly persons = new Set<string>();
}

const norm = (v: unknown) => (v === undefined || v === null ? null : Array.isArray(v) ? v.join('; ') : v);
const same = (a: unknown, b: unknown) => norm(a) === norm(b);

export class ImportsRepository {
  constructor(
    private readonly runner: QueryRunner,
    private readonly clock: () => Date,
  ) {}

  async run(buffer: Buffer, options: ImportOptions): Promise<ImportResult> {
    const work = async (tx: TransactionRunner) => new ImportPass(tx, options, this.clock()).run(buffer);
    return options.apply ? this.runner.write(work) : this.runner.read(work);
  }
}

class ImportPass {
  private readonly state = new FileState();
  private reference!: { districts: Map<string, string>; sectors: Set<string> };
  private readonly result: ImportResult;
  private readonly source: { source: 'import'; sourceRef: string; enteredBy: string; enteredAt: string; standing: string };
  private audits: AuditInput[] = [];

  constructor(
    private readonly tx: TransactionRunner,
    private readonly options: ImportOptions,
    private readonly at: Date,
  ) {
    const zero = () => ({ create: 0, change: 0, unchanged: 0, reject: 0 });
    this.result = {
      file: options.fileName,
      applied: false,
      rows: 0,
      counts: { actors: zero(), products: zero(), links: zero(), persons: zero() },
      examples: [],
      rejected: [],
      audited: 0,
    };
    this.source = { source: 'import', sourceRef: options.fileName, enteredBy: options.user.id, enteredAt: at.toISOString(), standing: defaultStanding };
  }

  async run(buffer: Buffer): Promise<ImportResult> {
    const [ref] = await this.tx.run(getReference);
    this.reference = {
      districts: new Map((ref?.districts ?? []).map((d) => [d.id, d.country])),
      sectors: new Set(ref?.sectors ?? []),
    };
    let batch: RawRow[] = [];
    for await (const row of readRows(buffer)) {
      if (batch.length > 0 && (batch.length >= batchSize || batch[0]!.table !== row.table)) {
        await this.batch(batch);
        batch = [];
      }
      batch.push(row);
    }
    if (batch.length > 0) await this.batch(batch);
    this.result.applied = this.options.apply;
    return this.result;
  }

  private async batch(rows: RawRow[]): Promise<void> {
    const table = rows[0]!.table;
    const checked = rows.map((raw) => ({ raw, ...checkRow(columnsOf[table], raw.cells) }));
    if (table === 'actors') await this.actors(checked);
    else if (table === 'products') await this.products(checked);
    else if (table === 'links') await this.links(checked);
    else await this.persons(checked);
    if (this.options.apply) this.result.audited += (await recordAudits(this.tx, this.audits, this.at)).length;
    this.audits = [];
    this.result.rows += rows.length;
    this.options.onProgress?.(this.result.rows);
  }

  private audit(entry: Omit<AuditInput, 'actorId' | 'source' | 'sourceRef'>): void {
    if (!this.options.apply) return;
    this.audits.push({ ...entry, actorId: this.options.user.id, source: 'import', sourceRef: this.options.fileName });
  }

  private reject(row: Checked, problems: Problem[]): void {
    this.result.counts[row.raw.table].reject++;
    this.result.rejected.push({
      table: row.raw.table,
      line: row.raw.line,
      sheet: row.raw.sheet,
      problems: problems.map((p) => ({ column: p.column, reason: p.reason, message: reasonMessage(this.options.lang, p.reason, p.detail) })),
    });
  }

  private accept(row: Checked, outcome: Outcome, id: string | null, label: string, matchedBy: PreviewRow['matchedBy']): void {
    const counts = this.result.counts[row.raw.table];
    counts[outcome]++;
    if (counts[outcome] <= examplesPerOutcome) {
      this.result.examples.push({ table: row.raw.table, line: row.raw.line, outcome, id, label, matchedBy });
    }
  }

  private async kinds(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    return new Map((await this.tx.run(getKinds, { ids: [...new Set(ids)] })).map((r) => [r.id, r.kind]));
  }

  /** A link the import adds, as the audit records it. */
  private linkAdded(type: string, from: string, to: string, extra: Record<string, unknown> = {}): LinkChange {
    return { change: 'added', type, from, to, properties: { ...this.source, ...extra } };
  }

  private async actors(rows: Checked[]): Promise<void> {
    // Cell rules that need the reference data or the row as a whole.
    for (const row of rows) {
      const v = row.values;
      const district = v.district as string | null;
      if (district && !this.reference.districts.has(district)) row.problems.push({ column: 'district', reason: 'UNKNOWN_DISTRICT', detail: district });
      const country = v.country as string | null;
      const expected = district ? this.reference.districts.get(district) : undefined;
      if (country && expected && country !== expected) row.problems.push({ column: 'country', reason: 'BAD_COUNTRY', detail: country });
      if (!district && v.kind !== 'organisation') row.problems.push({ column: 'district', reason: 'REQUIRED' });
      if (v.sector && !this.reference.sectors.has(v.sector as string)) row.problems.push({ column: 'sector', reason: 'UNKNOWN_SECTOR', detail: String(v.sector) });
      if (v.kind === 'firm' && !v.size) row.problems.push({ column: 'size', reason: 'SIZE_REQUIRED' });
      if ((v.kind === 'institute' || v.kind === 'organisation') && !typesOf[v.kind].includes(String(v.type))) {
        row.problems.push({ column: 'type', reason: 'TYPE_REQUIRED', detail: typesOf[v.kind].join(', ') });
      }
      if (v.kind === 'firm' && v.type) row.problems.push({ column: 'type', reason: 'NOT_ALLOWED', detail: String(v.type) });
      if (row.problems.length > 0) continue;
      // Ids and names are remembered as they are read, so a repeat is caught even within a batch.
      const id = v.id as string | null;
      if (id) {
        if (this.state.ids.has(id)) row.problems.push({ column: 'id', reason: 'DUPLICATE_ID', detail: id });
        else this.state.ids.set(id, { kind: String(v.kind), line: row.raw.line });
      } else {
        const key = nameTownKey(v);
        if (this.state.nameTowns.has(key)) row.problems.push({ column: 'name', reason: 'DUPLICATE_ID', detail: String(v.name) });
        else this.state.nameTowns.set(key, row.raw.line);
      }
    }
    const candidates = rows.filter((r) => r.problems.length === 0);
    const known = await this.kinds(candidates.flatMap((r) => (r.values.id ? [r.values.id as string] : [])));
    const matches = await this.match(candidates.filter((r) => !r.values.id));
    const existingIds: string[] = [];
    const ids = new Map<Checked, { id: string | null; matchedBy: PreviewRow['matchedBy'] }>();
    for (const row of candidates) {
      const id = row.values.id as string | null;
      if (id) {
        const kind = known.get(id);
        if (kind && kind !== row.values.kind) row.problems.push({ column: 'id', reason: 'KIND_MISMATCH', detail: id });
        ids.set(row, { id, matchedBy: kind ? 'id' : null });
        if (kind) existingIds.push(id);
      } else {
        const found = matches.get(nameTownKey(row.values)) ?? [];
        if (found.length > 1) row.problems.push({ column: 'name', reason: 'AMBIGUOUS_MATCH', detail: found.slice(0, 3).join(', ') });
        ids.set(row, found.length === 1 ? { id: found[0]!, matchedBy: 'name-town' } : { id: null, matchedBy: null });
        if (found.length === 1) existingIds.push(found[0]!);
      }
    }
    const existing = new Map((await this.tx.run(getActors, { ids: existingIds, drafts: null })).map((a) => [a.id, a]));
    const writes: Record<string, unknown>[] = [];
    for (const row of rows) {
      if (row.problems.length > 0) {
        // A rejected actor is no link end for the rows after it.
        const rejectedId = row.values.id as string | null;
        if (rejectedId && this.state.ids.get(rejectedId)?.line === row.raw.line) this.state.ids.delete(rejectedId);
        this.reject(row, row.problems);
        continue;
      }
      const v = row.values;
      const match = ids.get(row)!;
      const kind = v.kind as keyof typeof actorLabels;
      const id = match.id ?? (this.options.apply ? newId(kind as EntityKind) : null);
      const before = match.id ? existing.get(match.id) : undefined;
      const props = Object.fromEntries(actorProps.filter((k) => row.raw.cells.has(k) || k === 'name').map((k) => [k, v[k] ?? null]));
      const placed = { district: (v.district as string | null) ?? null, sector: row.raw.cells.has('sector') ? ((v.sector as string | null) ?? null) : (before?.sector ?? null) };
      const beforeProps = before ? Object.fromEntries(Object.keys(props).map((k) => [k, before[k as keyof ActorRow] ?? (k === 'published' ? true : null)])) : {};
      const afterProps = Object.fromEntries(Object.entries(props).map(([k, value]) => [k, value ?? (k === 'published' && before ? true : null)]));
      const unchanged =
        before && Object.keys(props).every((k) => same(beforeProps[k], afterProps[k])) && same(before.district, placed.district) && same(before.sector, placed.sector);
      const outcome: Outcome = !before ? 'create' : unchanged ? 'unchanged' : 'change';
      if (id) this.state.ids.set(id, { kind, line: row.raw.line });
      this.accept(row, outcome, id, String(v.name), before ? match.matchedBy : null);
      if (outcome === 'unchanged' || !id) continue;
      writes.push({ id, label: actorLabels[kind], kind, props, ...placed });
      const links: LinkChange[] = [];
      for (const [type, key] of [['LOCATED_IN', 'district'], ['IN_SECTOR', 'sector']] as const) {
        const was = before?.[key] ?? null;
        const now = placed[key];
        if (same(was, now) || now === null) continue;
        if (was) links.push({ change: 'removed', type, from: id, to: was, properties: {} });
        links.push(this.linkAdded(type, id, now));
      }
      this.audit({
        action: before ? 'update' : 'create',
        nodeId: id,
        nodeKind: kind,
        nodeName: String(v.name),
        changes: changedProperties(before ? beforeProps : {}, before ? afterProps : props).filter((c) => before || c.after !== null),
        links,
      });
    }
    if (this.options.apply && writes.length > 0) await this.tx.run(mergeActors, { rows: writes, source: this.source });
  }

  private async match(rows: Checked[]): Promise<Map<string, string[]>> {
    if (rows.length === 0) return new Map();
    const keys = rows.map((r) => ({ key: nameTownKey(r.values), kind: r.values.kind, name: r.values.name, town: r.values.town ?? null }));
    return new Map((await this.tx.run(matchActors, { keys })).map((r) => [r.key, r.ids]));
  }

  private async products(rows: Checked[]): Promise<void> {
    for (const row of rows) {
      const id = row.values.id as string | null;
      if (row.problems.length === 0 && id && this.state.ids.has(id)) row.problems.push({ column: 'id', reason: 'DUPLICATE_ID', detail: id });
    }
    const candidates = rows.filter((r) => r.problems.length === 0).map((r) => r.values.id as string);
    const known = await this.kinds(candidates);
    const existing = new Map((await this.tx.run(getProducts, { ids: candidates })).map((p) => [p.id, p]));
    const writes: Record<string, unknown>[] = [];
    for (const row of rows) {
      const id = row.values.id as string;
      if (row.problems.length === 0 && known.has(id) && known.get(id) !== 'product') row.problems.push({ column: 'id', reason: 'KIND_MISMATCH', detail: id });
      if (row.problems.length > 0) {
        this.reject(row, row.problems);
        continue;
      }
      const props = Object.fromEntries(productProps.filter((k) => row.raw.cells.has(k)).map((k) => [k, row.values[k] ?? null]));
      const before = existing.get(id);
      const beforeProps = before ? Object.fromEntries(Object.keys(props).map((k) => [k, before[k as keyof ProductRow] ?? null])) : {};
      const unchanged = before && Object.entries(props).every(([k, value]) => same(beforeProps[k], value));
      const outcome: Outcome = !before ? 'create' : unchanged ? 'unchanged' : 'change';
      this.state.ids.set(id, { kind: 'product', line: row.raw.line });
      this.accept(row, outcome, id, String(row.values.name), before ? 'id' : null);
      if (outcome === 'unchanged') continue;
      writes.push({ id, props });
      this.audit({
        action: before ? 'update' : 'create',
        nodeId: id,
        nodeKind: 'product',
        nodeName: String(row.values.name),
        changes: changedProperties(beforeProps, props).filter((c) => before || c.after !== null),
      });
    }
    if (this.options.apply && writes.length > 0) await this.tx.run(mergeProducts, { rows: writes, source: this.source });
  }

  private async links(rows: Checked[]): Promise<void> {
    const ends = rows.filter((r) => r.problems.length === 0).flatMap((r) => [r.values.from as string, r.values.to as string, ...(r.values.product ? [r.values.product as string] : [])]);
    const known = await this.kinds(ends.filter((id) => !this.state.ids.has(id)));
    const kindOf = (id: string) => this.state.ids.get(id)?.kind ?? known.get(id);
    for (const row of rows) {
      if (row.problems.length > 0) continue;
      const v = row.values;
      const type = v.type as RelationshipType;
      const from = v.from as string;
      const to = v.to as string;
      const fromKind = kindOf(from);
      const toKind = kindOf(to);
      if (!fromKind) row.problems.push({ column: 'from', reason: 'UNKNOWN_ACTOR', detail: from });
      if (!toKind) row.problems.push({ column: 'to', reason: type === 'OFFERS' || type === 'NEEDS' ? 'UNKNOWN_PRODUCT' : 'UNKNOWN_ACTOR', detail: to });
      if (from === to) row.problems.push({ column: 'to', reason: 'SELF_LINK' });
      if (fromKind && toKind && !allowed(type, fromKind as EntityKind, toKind as EntityKind)) {
        row.problems.push({ column: 'type', reason: 'LINK_NOT_ALLOWED', detail: `${fromKind} → ${toKind}` });
      }
      if (type === 'SUPPLIES') {
        if (!v.product) row.problems.push({ column: 'product', reason: 'PRODUCT_REQUIRED' });
        else if (kindOf(v.product as string) !== 'product') row.problems.push({ column: 'product', reason: 'UNKNOWN_PRODUCT', detail: String(v.product) });
      }
      const seen = this.state.links.get(linkKey(v));
      if (seen !== undefined) row.problems.push({ column: 'type', reason: 'DUPLICATE_ROW', detail: String(seen) });
      if (row.problems.length === 0) this.state.links.set(linkKey(v), row.raw.line);
    }
    const candidates = rows.filter((r) => r.problems.length === 0);
    const existing = new Map(
      (await this.tx.run(findLinks, {
        links: candidates.map((r) => ({ key: linkKey(r.values), type: r.values.type, from: r.values.from, to: r.values.to, product: r.values.product ?? null })),
      })).map((l) => [l.key, l]),
    );
    const writes: Record<string, unknown>[] = [];
    for (const row of rows) {
      if (row.problems.length > 0) {
        this.reject(row, row.problems);
        continue;
      }
      const v = row.values;
      const standing = (v.standing as string | null) ?? defaultStanding;
      const before = existing.get(linkKey(v));
      const unchanged = before && same(before.since, v.since ?? before.since) && same(before.standing, standing);
      const outcome: Outcome = !before ? 'create' : unchanged ? 'unchanged' : 'change';
      this.accept(row, outcome, null, `${v.type} ${v.from} → ${v.to}`, before ? 'id' : null);
      if (outcome !== 'unchanged') {
        writes.push({
          key: linkKey(v),
          type: v.type,
          from: v.from,
          to: v.to,
          product: v.type === 'SUPPLIES' ? v.product : null,
          since: v.since ? toNeo4jDate(v.since as string) : null,
          standing,
        });
      }
    }
    if (!this.options.apply || writes.length === 0) return;
    const implied = new Map((await this.tx.run(mergeLinks, { rows: writes, source: this.source })).map((r) => [r.key, r]));
    for (const write of writes) {
      const { key, type, from, to, product, standing } = write as { key: string; type: string; from: string; to: string; product: string | null; standing: string };
      const since = (write.since ? String(write.since) : existing.get(key)?.since) ?? null;
      const before = existing.get(key);
      const own = { ...(product ? { product } : {}), since, standing };
      const links: LinkChange[] = [
        ...(before ? [{ change: 'removed' as const, type, from, to, properties: { ...(product ? { product } : {}), since: before.since, standing: before.standing } }] : []),
        this.linkAdded(type, from, to, own),
      ];
      const ends = implied.get(key);
      if (ends?.offersAdded && product) links.push(this.linkAdded('OFFERS', from, product, { standing }));
      if (ends?.needsAdded && product) links.push(this.linkAdded('NEEDS', to, product, { standing }));
      this.audit({ action: 'link', nodeId: from, nodeKind: kindOf(from) ?? 'unknown', links });
    }
  }

  private async persons(rows: Checked[]): Promise<void> {
    for (const row of rows) {
      if (row.problems.length > 0) continue;
      const id = row.values.id as string | null;
      const key = id ?? personKey(row.values);
      if (this.state.persons.has(key)) row.problems.push({ column: id ? 'id' : 'name', reason: 'DUPLICATE_ID', detail: id ?? String(row.values.name) });
      else this.state.persons.add(key);
    }
    const candidates = rows.filter((r) => r.problems.length === 0);
    const known = await this.kinds(candidates.map((r) => r.values.of as string).filter((of) => !this.state.ids.has(of)));
    const kindOf = (id: string) => this.state.ids.get(id)?.kind ?? known.get(id);
    const found = new Map(
      (await this.tx.run(findPersons, {
        ids: candidates.flatMap((r) => (r.values.id ? [r.values.id as string] : [])),
        keys: candidates.filter((r) => !r.values.id).map((r) => ({ key: personKey(r.values), of: r.values.of, name: r.values.name })),
      })).map((r) => [r.key, r.persons]),
    );
    const writes: Record<string, unknown>[] = [];
    for (const row of rows) {
      const v = row.values;
      if (row.problems.length === 0) {
        const of = v.of as string;
        if (!actorKinds.has(kindOf(of) ?? '')) row.problems.push({ column: 'of', reason: 'UNKNOWN_ACTOR', detail: of });
        const matches = found.get((v.id as string | null) ?? personKey(v)) ?? [];
        if (!v.id && matches.length > 1) row.problems.push({ column: 'name', reason: 'AMBIGUOUS_MATCH', detail: matches.slice(0, 3).map((p) => p.id).join(', ') });
      }
      if (row.problems.length > 0) {
        this.reject(row, row.problems);
        continue;
      }
      const [before] = found.get((v.id as string | null) ?? personKey(v)) ?? [];
      const id = before?.id ?? (v.id as string | null) ?? (this.options.apply ? newPersonId() : null);
      const props = Object.fromEntries(personProps.filter((k) => row.raw.cells.has(k) || k === 'name' || k === 'consent').map((k) => [k, v[k] ?? null]));
      props.consent ??= before?.consent ?? defaultConsent;
      const beforeProps = before ? Object.fromEntries(Object.keys(props).map((k) => [k, before[k as keyof StoredPerson] ?? null])) : {};
      const unchanged = before && before.of === v.of && Object.keys(props).every((k) => same(beforeProps[k], props[k]));
      const outcome: Outcome = !before ? 'create' : unchanged ? 'unchanged' : 'change';
      this.accept(row, outcome, id, String(v.name), before ? (v.id ? 'id' : 'name-actor') : null);
      if (outcome === 'unchanged' || !id) continue;
      writes.push({ id, of: v.of, props, consentChanged: !before || before.consent !== props.consent });
      const links: LinkChange[] =
        before?.of === v.of
          ? []
          : [...(before ? [{ change: 'removed' as const, type: 'CONTACT_OF', from: id, to: before.of, properties: {} }] : []), this.linkAdded('CONTACT_OF', id, v.of as string)];
      this.audit({
        action: before ? 'update' : 'create',
        nodeId: id,
        nodeKind: 'person',
        nodeName: String(v.name),
        changes: changedProperties(beforeProps, props).filter((c) => before || c.after !== null),
        links,
      });
    }
    if (this.options.apply && writes.length > 0) await this.tx.run(mergePersons, { rows: writes, source: this.source });
  }
}

const nameTownKey = (v: Record<string, Value>) => `${v.kind}|${String(v.name ?? '').trim()}|${String(v.town ?? '').trim().toLowerCase()}`;
const linkKey = (v: Record<string, Value>) => `${v.type}|${v.from}|${v.to}|${v.type === 'SUPPLIES' ? (v.product ?? '') : ''}`;
const personKey = (v: Record<string, Value>) => `${v.of}|${String(v.name ?? '').trim()}`;

declare module 'fastify' {
  interface FastifyInstance {
    importsRepository: ImportsRepository;
  }
}

export default fp(
  async (app) => {
    // An import of 20,000 rows is one transaction: allow it minutes, not the seconds of an answer.
    app.decorate('importsRepository', new ImportsRepository(app.runner.withTimeout(600_000), app.clock));
  },
  { name: 'imports-repository', dependencies: ['neo4j'] },
);
