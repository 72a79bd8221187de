// A node's label as Sigma writes it beside the node, cut to a width with an ellipsis: the names of
// overview groups ("Herstellung von Metallerzeugnissen · Erzgebirgskreis") and of many firms run to
// 400 px and more. Sigma's label grid keeps about one label per cell, but labels of neighbouring
// cells still lay over each other and run past the canvas's right edge; so each label goes to the
// right of its node, or to the left where that is not free or leaves the canvas, or is left out.
// The whole name shows on hover and in the panel.
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { ActorAttributes, LinkAttributes } from './types';

export const maxLabelWidth = 170;
/** Gap between a node's disc and its label. */
const gap = 3;

/** The label cut at a word or character so that it fits `width` px in the context's font. */
export function shorten(context: Pick<CanvasRenderingContext2D, 'measureText'>, label: string, width: number): string {
  if (context.measureText(label).width <= width) return label;
  let cut = label;
  while (cut.length > 1 && context.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where a label of `width` × `height` px goes beside a node at (x, y) of radius `size` on a canvas
 * `canvasWidth` px wide, given the labels already placed: right of the node, else left, else
 * nowhere (null). A forced label (the selected node's) always goes somewhere.
 */
export function placeLabel(
  node: { x: number; y: number; size: number },
  width: number,
  height: number,
  canvasWidth: number,
  placed: Box[],
  forced = false,
): Box | null {
  const top = node.y - height / 2;
  const right: Box = { left: node.x + node.size + gap, right: node.x + node.size + gap + width, top, bottom: top + height };
  const left: Box = { left: node.x - node.size - gap - width, right: node.x - node.size - gap, top, bottom: top + height };
  const free = (box: Box) => !placed.some((other) => overlaps(box, other));
  const fitsRight = right.right <= canvasWidth;
  const fitsLeft = left.left >= 0;
  if (fitsRight && free(right)) return right;
  if (fitsLeft && free(left)) return left;
  if (!forced) return null;
  return fitsRight || !fitsLeft ? right : left;
}

/** Sigma's label drawing with the placement above; `reset` before each frame (Sigma's beforeRender). */
export function createLabelDrawer(): { draw: NodeLabelDrawingFunction<ActorAttributes, LinkAttributes>; reset(): void } {
  const shortened = new Map<string, string>();
  let placed: Box[] = [];
  return {
    reset: () => void (placed = []),
    draw(context, data, settings) {
      if (!data.label) return;
      const size = settings.labelSize;
      const font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      context.font = font;
      const key = `${font}|${data.label}`;
      let text = shortened.get(key);
      if (text === undefined) {
        text = shorten(context, data.label, maxLabelWidth);
        shortened.set(key, text);
      }
      const canvasWidth = (context.canvas as HTMLCanvasElement).clientWidth || Infinity;
      const box = placeLabel(data, context.measureText(text).width, size + 2, canvasWidth, placed, data.forceLabel);
      if (!box) return;
      placed.push(box);
      context.fillStyle = settings.labelColor.color ?? '#000';
      context.fillText(text, box.left, data.y + size / 3);
    },
  };
}
