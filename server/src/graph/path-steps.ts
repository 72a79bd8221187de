// Paths from the database (node ids and the links between them) to ordered steps a person can act
// on: "A buys Turned parts from B; B buys Steel bars from C". The structured fields let the web app
// phrase the sentence in German or Czech; `text` is the English one.
import type { ActorRef, Path, ProductRef, Step } from '../schemas/analytics';
import type { Refs } from './refs';

export interface Hop {
  type: string;
  /** Start node of the stored relationship: for SUPPLIES, the supplier. */
  source: string;
  target: string;
  product: string | null;
  /** Every product of the link when a route stands for several parallel supply links. */
  products?: string[];
}

/** A route's link with all its products: the first (by id) is the step's product, all are listed. */
export const routeHop = (hop: Omit<Hop, 'product'> & { products: string[] }): Hop => {
  const products = [...hop.products].sort();
  return { ...hop, product: products[0] ?? null, products };
};

export const englishName = (ref: ActorRef | ProductRef): string => ref.nameEn ?? ref.name;

const crosses = (a: ActorRef, b: ActorRef) => a.country !== null && b.country !== null && a.country !== b.country;

export function toStep(from: ActorRef, to: ActorRef, hop: Hop, product: ProductRef | null, products: ProductRef[] = []): Step {
  const crossBorder = crosses(from, to);
  if (hop.type === 'SUPPLIES') {
    const [supplier, buyer] = hop.source === from.id ? [from, to] : [to, from];
    const goods = products.length > 1 ? products.map(englishName).join(', ') : product ? englishName(product) : 'goods';
    const text = `${englishName(buyer)} buys ${goods} from ${englishName(supplier)}`;
    return { type: 'SUPPLIES', from, to, buyer, supplier, product, ...(products.length > 1 ? { products } : {}), crossBorder, text };
  }
  const text = `${englishName(from)} cooperates with ${englishName(to)}`;
  return { type: 'COOPERATES_WITH', from, to, buyer: null, supplier: null, product: null, crossBorder, text };
}

/** The step from one node to the next over `hop`, named from `refs`. */
export const stepOf = (from: string, to: string, hop: Hop, refs: Refs): Step =>
  toStep(refs.actor(from), refs.actor(to), hop, hop.product === null ? null : refs.product(hop.product), (hop.products ?? []).map((id) => refs.product(id)));

/** `nodes` has one id more than `hops`; `ending` is a last sentence such as "C offers Turned parts". */
export function toPath(nodes: string[], hops: Hop[], refs: Refs, ending?: string): Path {
  const steps = hops.map((hop, index) => stepOf(nodes[index]!, nodes[index + 1]!, hop, refs));
  const sentences = [...steps.map((step) => step.text), ...(ending ? [ending] : [])].join('; ');
  return {
    length: steps.length,
    crossBorder: steps.some((step) => step.crossBorder),
    steps,
    // A name such as "Brno s.r.o." may end the sentence already.
    text: sentences.endsWith('.') ? sentences : `${sentences}.`,
  };
}

/** Every id a path mentions (nodes and products), for the one look-up of names. */
export const idsOf = (nodes: string[], hops: Hop[]): string[] => [
  ...nodes,
  ...hops.flatMap((hop) => hop.products ?? (hop.product === null ? [] : [hop.product])),
];
