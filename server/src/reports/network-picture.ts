// The laid-out network as vector graphics in a PDF box: links first (cross-border ones in purple,
// the rest light grey), then the actors as dots in their colour and size, the names of the best
// connected, and a legend of the colours below. Large networks are drawn with their best connected
// actors only; the caller says so under the picture.
import type { ActorGraph, LegendEntry } from '../exports/network';

export const crossBorderColour = '#7a3fa0';

export interface PictureOptions {
  /** Most actors drawn (best connected first). */
  maxNodes: number;
  /** How many of the best connected get their name written. */
  labels: number;
  legendTitle: string;
  legendLabel: (entry: LegendEntry) => string;
  crossBorderLabel: string;
}

/** The actors to draw: all, or the `max` best connected. */
export function pictureNodes(graph: ActorGraph, max: number): Set<string> {
  const nodes = graph.nodes();
  if (nodes.length <= max) return new Set(nodes);
  return new Set(nodes.sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1)).slice(0, max));
}

export function drawNetwork(
  pdf: PDFKit.PDFDocument,
  box: { x: number; y: number; width: number; height: number },
  graph: ActorGraph,
  legend: LegendEntry[],
  options: PictureOptions,
): void {
  const shown = pictureNodes(graph, options.maxNodes);
  const legendHeight = 16 + Math.ceil((legend.length + 1) / 3) * 14;
  const area = { x: box.x + 6, y: box.y + 6, width: box.width - 12, height: box.height - legendHeight - 18 };
  pdf.rect(box.x, box.y, box.width, box.height - legendHeight - 6).lineWidth(0.5).strokeColor('#c9d1d9').stroke();

  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const node of shown) {
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
  const radiusScale = Math.min(1, 18 / Math.sqrt(shown.size));

  const lines = { same: [] as [number, number, number, number][], across: [] as [number, number, number, number][] };
  graph.forEachEdge((_edge, attributes, source, target, s, t) => {
    if (!shown.has(source) || !shown.has(target)) return;
    (attributes.crossBorder ? lines.across : lines.same).push([px(s.x), py(s.y), px(t.x), py(t.y)]);
  });
  pdf.lineWidth(0.3).strokeColor('#b8c0c8').strokeOpacity(0.6);
  for (const [x1, y1, x2, y2] of lines.same) pdf.moveTo(x1, y1).lineTo(x2, y2);
  pdf.stroke();
  pdf.lineWidth(0.6).strokeColor(crossBorderColour).strokeOpacity(0.7);
  for (const [x1, y1, x2, y2] of lines.across) pdf.moveTo(x1, y1).lineTo(x2, y2);
  pdf.stroke();
  pdf.strokeOpacity(1);

  const order = [...shown].sort((a, b) => graph.degree(a) - graph.degree(b));
  for (const node of order) {
    const a = graph.getNodeAttributes(node);
    pdf.circle(px(a.x), py(a.y), Math.max(1.2, a.radius * radiusScale)).lineWidth(0.3).fillColor(a.color).strokeColor('#ffffff').fillAndStroke();
  }
  pdf.font('regular').fontSize(6.5).fillColor('#1d2329');
  for (const node of order.slice(-options.labels).reverse()) {
    const a = graph.getNodeAttributes(node);
    const r = Math.max(1.2, a.radius * radiusScale);
    const x = Math.min(px(a.x) + r + 1.5, box.x + box.width - 120);
    pdf.text(a.label, x, py(a.y) - 3.5, { width: 118, height: 9, lineBreak: false, ellipsis: true });
  }

  let y = box.y + box.height - legendHeight + 2;
  pdf.font('bold').fontSize(7.5).fillColor('#1d2329').text(options.legendTitle, box.x, y, { lineBreak: false });
  y += 13;
  const entries: { label: string; draw: (x: number, y: number) => void }[] = legend.map((entry) => ({
    label: options.legendLabel(entry),
    draw: (x, yy) => pdf.circle(x + 4, yy + 4, 3.5).fillColor(entry.color).fill(),
  }));
  entries.push({
    label: options.crossBorderLabel,
    draw: (x, yy) => pdf.moveTo(x, yy + 4).lineTo(x + 9, yy + 4).lineWidth(1.2).strokeColor(crossBorderColour).stroke(),
  });
  const columnWidth = box.width / 3;
  entries.forEach((entry, i) => {
    const x = box.x + (i % 3) * columnWidth;
    const yy = y + Math.floor(i / 3) * 14;
    entry.draw(x, yy);
    pdf.font('regular').fontSize(7.5).fillColor('#1d2329').text(entry.label, x + 13, yy, { width: columnWidth - 16, lineBreak: false, ellipsis: true });
  });
}
