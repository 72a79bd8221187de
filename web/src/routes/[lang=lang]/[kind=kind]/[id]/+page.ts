import type { EntityKind } from '$lib/api/types';

// The matcher let only entity kinds through.
export const load = ({ params }) => ({ kind: params.kind as EntityKind, id: params.id });
