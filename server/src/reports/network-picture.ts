// The laid-out network as vector graphics in a PDF box: links first (cross-border ones in purple,
// the rest light grey), then the actors as dots in their colour and size, the names of the best
// connected where they have room, and a legend of the colours below. Actors without a link in the
// picture sit in a compact grid under the network, counted, instead of drifting to its edges, where
// they stretched the picture. Large networks are drawn with their best connected actors only
// (pictureGraph, which the caller lays out and says so under the picture).
import type { ActorGraph, LegendEntry } from '../exports/network';

export const crossBorderColour = '#7a3fa0';

export interface PictureOptions {
  /** How many of the best connected get their name written, where it overlaps no other name. */
  labels: number;
  legendTitle: string;
  legendLabel: (entry: LegendEntry) => string;
  crossBorderLabel: string;
  /** The caption of the grid of actors without a link in the picture. */
  unlinkedLabel: (count: number) => string;
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * What the picture draws: the whole network, or its `max` best connected actors and the links among
 * them, as a graph of its own, so that only these are laid out (a region's 10,000 actors took the
 * layout most of the report's time, for a picture that shows 1,500).
 */
export function pictureGraph(graph: ActorGraph, max: number): ActorGraph {
  if (graph.order <= max) return graph;
  const keep = new Set(graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1)).slice(0, max));
  const picture: ActorGraph = graph.nullCopy();
  for (const node of keep) picture.addNode(node, { ...graph.getNodeAttributes(node) });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (keep.has(source) && keep.has(target)) picture.addDirectedEdgeWithKey(edge, source, target, { ...attributes });
  });
  return picture;
}

const label = { size: 6.5, height: 8, maxWidth: 118, gap: 1.5 };
const grid = { step: 6, radius: 1.8, maxRows: 4, caption: 11 };

export function drawNetwork(pdf: PDFKit.PDFDocument, box: Box, graph: ActorGraph, legend: LegendEntry[], options: PictureOptions): void {
  const linked = graph.filterNodes((node) => graph.someNeighbor(node, (other) => other !== node));
  const isLinked = new Set(linked);
  const unlinked = graph.filterNodes((node) => !isLinked.has(node)).sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1));
  const legendHeight = 16 + Math.ceil((legend.length + 1) / 3) * 14;
  const frame = { x: box.x, y: box.y, width: box.width, height: box.height - legendHeight - 6 };
  pdf.rect(frame.x, frame.y, frame.width, frame.height).lineWidth(0.5).strokeColor('#c9d1d9').stroke();

  const inner = { x: frame.x + 6, y: frame.y + 6, width: frame.width - 12, height: frame.height - 12 };
  const columns = Math.max(1, Math.floor(inner.width / grid.step));
  const rowsFit = linked.length === 0 ? Math.floor((inner.height - grid.caption) / grid.step) : grid.maxRows;
  const rows = Math.min(Math.ceil(unlinked.length / columns), rowsFit);
  const stripHeight = unlinked.length === 0 ? 0 : grid.caption + rows * grid.step + 4;
  const area = { ...inner, height: inner.height - stripHeight };
  if (linked.length > 0) drawLinked(pdf, area, graph, linked, options.labels);
  if (unlinked.length > 0) drawGrid(pdf, { ...inner, y: inner.y + inner.height - stripHeight, height: stripHeight }, graph, unlinked.slice(0, rows * columns), columns, options.unlinkedLabel(unlinked.length));
  drawLegend(pdf, { ...box, y: box.y + box.height - legendHeight + 2 }, legend, options);
}

function drawLinked(pdf: PDFKit.PDFDocument, area: Box, graph: ActorGraph, nodes: string[], labels: number): void {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const node of nodes) {
    const a = graph.getNodeAttributes(node);
    minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
  }
  const scale = Math.min(area.width / (maxX - minX || 1), area.height / (maxY - minY || 1));
  const offsetX = area.x + (area.width - (maxX - minX) * scale) / 2;
  const offsetY = area.y + (area.height - (maxY - minY) * scale) / 2;
  // Layout y grows northwards; PDF y grows down the page.
  const px = (x: number) => offsetX + (x - minX) * scale;
  const py = (y: number) => offsetY + (maxY - y) * scale;
  // Dots shrink as the picture fills up, so a thousand actors stay apart.
  const radiusScale = Math.min(1, 18 / Math.sqrt(nodes.length));
  const radius = (node: string) => Math.max(1.2, graph.getNodeAttribute(node, 'radius') * radiusScale);

  const lines = { same: [] as [number, number, number, number][], across: [] as [number, number, number, number][] };
  graph.forEachEdge((_edge, attributes, _source, _target, s, t) => {
    (attributes.crossBorder ? lines.across : lines.same).push([px(s.x), py(s.y), px(t.x), py(t.y)]);
  });
  pdf.lineWidth(0.3).strokeColor('#b8c0c8').strokeOpacity(0.6);
  for (const [x1, y1, x2, y2] of lines.same) pdf.moveTo(x1, y1).lineTo(x2, y2);
  pdf.stroke();
  pdf.lineWidth(0.6).strokeColor(crossBorderColour).strokeOpacity(0.7);
  for (const [x1, y1, x2, y2] of lines.across) pdf.moveTo(x1, y1).lineTo(x2, y2);
  pdf.stroke();
  pdf.strokeOpacity(1);

  const order = [...nodes].sort((a, b) => graph.degree(a) - graph.degree(b) || (a < b ? 1 : -1));
  for (const node of order) {
    const a = graph.getNodeAttributes(node);
    pdf.circle(px(a.x), py(a.y), radius(node)).lineWidth(0.3).fillColor(a.color).strokeColor('#ffffff').fillAndStroke();
  }

  // Names of the best connected, largest first: right of the dot, else left, above or below, and
  // left out where each of these would cover another name or the middle of another dot (grazing a
  // dot's edge is allowed: in a dense network no name would find room otherwise).
  const dots = new Map(nodes.map((node) => {
    const { x, y } = graph.getNodeAttributes(node);
    const r = Math.min(radius(node), 1.5);
    return [node, { x: px(x) - r, y: py(y) - r, width: 2 * r, height: 2 * r }];
  }));
  pdf.font('regular').fontSize(label.size);
  const placed: Box[] = [];
  for (const node of order.reverse()) {
    if (placed.length >= labels) break;
    const a = graph.getNodeAttributes(node);
    const width = Math.min(label.maxWidth, pdf.widthOfString(a.label));
    const [x, y, r] = [px(a.x), py(a.y), radius(node)];
    const spot = [
      { x: x + r + label.gap, y: y - label.height / 2 },
      { x: x - r - label.gap - width, y: y - label.height / 2 },
      { x: x - width / 2, y: y - r - label.height },
      { x: x - width / 2, y: y + r },
    ]
      .map((corner) => ({ ...corner, width, height: label.height }))
      .find((b) => inside(b, area) && !placed.some((p) => overlaps(b, p)) && ![...dots].some(([other, dot]) => other !== node && overlaps(b, dot)));
    if (!spot) continue;
    placed.push(spot);
    pdf.rect(spot.x - 0.5, spot.y, spot.width + 1, spot.height).fillOpacity(0.75).fillColor('#ffffff').fill().fillOpacity(1);
    pdf.fillColor('#1d2329').text(a.label, spot.x, spot.y + 0.8, { width: spot.width + 0.5, height: label.height, lineBreak: false, ellipsis: true });
  }
}

function drawGrid(pdf: PDFKit.PDFDocument, strip: Box, graph: ActorGraph, nodes: string[], columns: number, caption: string): void {
  pdf.moveTo(strip.x, strip.y).lineTo(strip.x + strip.width, strip.y).lineWidth(0.3).strokeColor('#dde3e8').stroke();
  pdf.font('regular').fontSize(label.size).fillColor('#5b6670').text(caption, strip.x, strip.y + 2.5, { width: strip.width, lineBreak: false, ellipsis: true });
  nodes.forEach((node, i) => {
    const x = strip.x + grid.step / 2 + (i % columns) * grid.step;
    const y = strip.y + grid.caption + grid.step / 2 + Math.floor(i / columns) * grid.step;
    pdf.circle(x, y, grid.radius).fillColor(graph.getNodeAttribute(node, 'color')).fill();
  });
}

function drawLegend(pdf: PDFKit.PDFDocument, at: Box, legend: LegendEntry[], options: PictureOptions): void {
  pdf.font('bold').fontSize(7.5).fillColor('#1d2329').text(options.legendTitle, at.x, at.y, { lineBreak: false });
  const y = at.y + 13;
  const entries: { label: string; draw: (x: number, y: number) => void }[] = legend.map((entry) => ({
    label: options.legendLabel(entry),
    draw: (x, yy) => pdf.circle(x + 4, yy + 4, 3.5).fillColor(entry.color).fill(),
  }));
  entries.push({
    label: options.crossBorderLabel,
    draw: (x, yy) => pdf.moveTo(x, yy + 4).lineTo(x + 9, yy + 4).lineWidth(1.2).strokeColor(crossBorderColour).stroke(),
  });
  const columnWidth = at.width / 3;
  entries.forEach((entry, i) => {
    const x = at.x + (i % 3) * columnWidth;
    const yy = y + Math.floor(i / 3) * 14;
    entry.draw(x, yy);
    pdf.font('regular').fontSize(7.5).fillColor('#1d2329').text(entry.label, x + 13, yy, { width: columnWidth - 16, lineBreak: false, ellipsis: true });
  });
}

const inside = (b: Box, area: Box) => b.x >= area.x - 4 && b.x + b.width <= area.x + area.width + 4 && b.y >= area.y - 4 && b.y + b.height <= area.y + area.height + 4;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
