// A node's label as Sigma writes it beside the node, cut to a width with an ellipsis: the names of
// overview groups ("Herstellung von Metallerzeugnissen · Erzgebirgskreis") and of many firms run to
// 400 px and more and lay over each other. The whole name shows on hover and in the panel.
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { ActorAttributes, LinkAttributes } from './types';

export const maxLabelWidth = 170;

const shortened = new Map<string, string>();

/** The label cut at a word or character so that it fits `width` px in the context's font. */
export function shorten(context: Pick<CanvasRenderingContext2D, 'measureText'>, label: string, width: number): string {
  if (context.measureText(label).width <= width) return label;
  let cut = label;
  while (cut.length > 1 && context.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export const drawShortLabel: NodeLabelDrawingFunction<ActorAttributes, LinkAttributes> = (context, data, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  const font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.font = font;
  context.fillStyle = settings.labelColor.color ?? '#000';
  const key = `${font}|${data.label}`;
  let text = shortened.get(key);
  if (text === undefined) {
    text = shorten(context, data.label, maxLabelWidth);
    shortened.set(key, text);
  }
  context.fillText(text, data.x + data.size + 3, data.y + size / 3);
};
