// The dictionary sections that name values of the API or the explorer must have exactly those
// values as keys: the compiler fails here when either side gains or loses one. Pages look them up
// with a typed value (`$LL.kinds[kind]()`), never with a key built from strings.
import type { Translation } from './i18n-types';
import type { AuditAction, Consent, EntityKind, FirmSize, Me, RelationshipType } from '../api/types';
import type { ErrorCode } from '../api/client';
import type { NetworkType } from '../graph/types';
import type { ColorMode, SizeMode } from '../graph/appearance';
import type { FieldRule } from '../profile/fields';

type Exactly<K extends string, T> = Record<K, unknown> & Record<Exclude<keyof T, K>, never>;
const exactly = <K extends string>() => <T extends Exactly<K, T>>(section: T) => section;

export const enumSections = (t: Translation) => ({
  kinds: exactly<EntityKind>()(t.kinds),
  sizes: exactly<FirmSize>()(t.sizes),
  countries: exactly<'DE' | 'CZ'>()(t.countries),
  networkTypes: exactly<NetworkType>()(t.networkTypes),
  relationsOut: exactly<RelationshipType>()(t.relationsOut),
  relationsIn: exactly<RelationshipType>()(t.relationsIn),
  errors: exactly<ErrorCode>()(t.errors),
  rules: exactly<FieldRule | 'invalid'>()(t.rules),
  colorModes: exactly<ColorMode>()(t.explorer.colorModes),
  sizeModes: exactly<SizeMode>()(t.explorer.sizeModes),
  roles: exactly<Me['role']>()(t.roles),
  consents: exactly<Consent>()(t.consents),
  auditActions: exactly<AuditAction>()(t.audit.actions),
});
