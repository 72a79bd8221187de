// The small border graph the export, report and import tests share, with German and Czech names.
// Chemnitz region (DED4): F-A (Erzgebirgskreis), F-B (a draft, Erzgebirgskreis), F-C (Chemnitz).
// Czechia: F-D (Karlovarský kraj), F-E (Ústecký kraj), the institute I-1 (Liberecký kraj).
// F-D, F-C and the draft F-B each supply F-A one product; F-A supplies F-E; F-E offers P-2, which
// F-A gets from F-C only: one cross-border opportunity. F-A and F-D are in cluster O-1 and went to E-1.
import { fixture } from './fixtures';

export function borderGraph(options: { draft: boolean }) {
  const graph = fixture()
    .firm('F-A', {
      name: 'Müller & Söhne Präzisionsteile GmbH',
      district: 'DED42',
      sector: 'C25.62',
      size: 'medium',
      employees: 120,
      town: 'Annaberg-Buchholz',
      certifications: ['ISO 9001', 'IATF 16949'],
    })
    .firm('F-C', { name: 'Straßburger Kunststoff, Werk "Süd"', district: 'DED41', sector: 'C22.29', town: 'Chemnitz' })
    .firm('F-D', { name: 'Kovárna Žďár s.r.o.', district: 'CZ041', sector: 'C25.62', size: 'micro', town: 'Ostrov' })
    .firm('F-E', { name: 'Přesné výrobky Čechy a.s.', district: 'CZ042', sector: 'C29.32', size: 'large', town: 'Ústí nad Labem' })
    .institute('I-1', { name: 'Technická univerzita v Liberci', district: 'CZ051', sector: 'M72.19', type: 'university' })
    .organisation('O-1', { name: 'Cluster Erzgebirge–Krušnohoří' })
    .product('P-1', { name: 'Schmiedeteile', nameDe: 'Schmiedeteile', nameCs: 'Výkovky', nameEn: 'Forgings', category: 'forging' })
    .product('P-2', { name: 'Kunststoffteile', nameCs: 'Plastové díly', nameEn: 'Plastic parts', category: 'plastic' })
    .product('P-3', { name: 'Gussteile', nameCs: 'Odlitky', nameEn: 'Castings', category: 'casting' })
    .supplies('F-D', 'F-A', 'P-1')
    .supplies('F-C', 'F-A', 'P-2')
    .supplies('F-A', 'F-E', 'P-1')
    .offers('F-E', 'P-2')
    .cooperates('F-A', 'I-1')
    .researches('I-1', 'C25.62')
    .member('F-A', 'O-1')
    .member('F-D', 'O-1')
    .event('E-1', { name: 'Kooperationsbörse Annaberg', date: '2026-03-12', type: 'cooperation-exchange' })
    .attends('F-A', 'E-1')
    .attends('F-D', 'E-1');
  if (options.draft) {
    graph.firm('F-B', { name: 'Weiß Gießerei (Entwurf)', district: 'DED42', sector: 'C25.99', published: false }).supplies('F-B', 'F-A', 'P-3');
  } else {
    graph.needs('F-A', 'P-3');
  }
  return graph;
}

export const exportGraph = borderGraph({ draft: true });
