// The links of the node the user points at, drawn on a 2D canvas that lies between Sigma's links
// and its nodes while Sigma's own links fade (see GraphCanvas). Hovering or selecting then changes
// what Sigma draws for the nodes only; redrawing every one of 30,000 links of a large network for
// each selection held the main thread for hundreds of milliseconds.
import type { DrawnGraph } from './picking';

type Point = { x: number; y: number };

function arrowHead(context: CanvasRenderingContext2D, from: Point, to: Point, inset: number, width: number) {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length <= inset) return;
  const [ux, uy] = [(to.x - from.x) / length, (to.y - from.y) / length];
  const tip = { x: to.x - ux * inset, y: to.y - uy * inset };
  const [head, half] = [Math.max(7, width * 3), Math.max(3.5, width * 1.5)];
  context.beginPath();
  context.moveTo(tip.x, tip.y);
  context.lineTo(tip.x - ux * head - uy * half, tip.y - uy * head + ux * half);
  context.lineTo(tip.x - ux * head + uy * half, tip.y - uy * head - ux * half);
  context.closePath();
  context.fill();
}

/**
 * How wide (px) Sigma's links of `scaled` px (a link's size after the camera's scaling) look: it
 * draws them `scaled` px wide, at least 1.7 (its minEdgeThickness), and fades their outer pixel and
 * a half to nothing (its feather), so a link looks about a pixel thinner than its size, and the
 * thinnest like a line of 0.6 px (measured in Chromium: the ink across a link of size 1-1.7, 2, 3,
 * 4, 8 and 10 is 0.6, 1, 2, 3, 7 and 9 px). The overview's 2D canvases draw links this wide, so
 * they look as Sigma draws them, and a link pointed at is drawn a pixel wider in both.
 */
export const linkWidth = (scaled: number): number => Math.max(0.6, scaled - 1);

/** Draws the links at `active` in their own colours, a pixel wider than Sigma draws them. */
export function drawActiveLinks(context: CanvasRenderingContext2D, renderer: DrawnGraph, active: string): void {
  const graph = renderer.getGraph();
  if (!graph.hasNode(active)) return;
  context.lineCap = 'round';
  graph.forEachEdge(active, (edge, attributes, source, target) => {
    // Links not drawn otherwise (the overview's weaker ones) are drawn here too; those of a node
    // filtered out are not.
    const [from, to] = [renderer.getNodeDisplayData(source), renderer.getNodeDisplayData(target)];
    if (!from || !to || from.hidden || to.hidden) return;
    const [a, b] = [renderer.framedGraphToViewport(from), renderer.framedGraphToViewport(to)];
    const width = linkWidth(renderer.scaleSize(attributes.size)) + 1;
    context.strokeStyle = context.fillStyle = attributes.color;
    context.lineWidth = width;
    context.beginPath();
    context.moveTo(a.x, a.y);
    context.lineTo(b.x, b.y);
    context.stroke();
    if (attributes.relType === 'SUPPLIES') arrowHead(context, a, b, renderer.scaleSize(to.size), width);
  });
}
