// The explorer's current view as an image: an SVG drawn from the graph's positions, colours and
// sizes (links first, cross-border ones in their colour), with the title and the colour legend;
// PNG is that SVG rasterised by the browser at the chosen scale. Building the SVG is one pass over
// nodes and links; the rasterising is the browser's own work, off our script.
import type { NetworkGraph } from '$lib/graph/types';

export interface ImageLegend {
  label: string;
  color: string;
}

export interface ImageOptions {
  title: string;
  subtitle?: string;
  legend: ImageLegend[];
  /** Links drawn in their type's colour; cross-border ones in this colour. */
  crossBorderColor: string;
  crossBorderLabel: string;
  width?: number;
  height?: number;
  /** Nodes hidden in the view (filtered by size) stay out of the picture. */
  hidden?: (node: string) => boolean;
}

const escape = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function viewSvg(graph: NetworkGraph, options: ImageOptions): string {
  const width = options.width ?? 1600;
  const height = options.height ?? 1200;
  const top = 90;
  const legendRows = Math.ceil((options.legend.length + 1) / 4);
  const bottom = 30 + legendRows * 26;
  const area = { x: 40, y: top, width: width - 80, height: height - top - bottom };
  const shown = graph.filterNodes((node) => !options.hidden?.(node));
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const node of shown) {
    const a = graph.getNodeAttributes(node) as { x?: number; y?: number };
    const x = a.x ?? 0, y = a.y ?? 0;
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const scale = Math.min(area.width / (maxX - minX || 1), area.height / (maxY - minY || 1));
  const ox = area.x + (area.width - (maxX - minX) * scale) / 2;
  const oy = area.y + (area.height - (maxY - minY) * scale) / 2;
  const px = (x: number) => (ox + (x - minX) * scale).toFixed(1);
  // Sigma draws y upwards; SVG downwards.
  const py = (y: number) => (oy + (maxY - y) * scale).toFixed(1);
  const visible = new Set(shown);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Noto Sans, Arial, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="40" y="48" font-size="30" font-weight="bold" fill="#1d2329">${escape(options.title)}</text>`,
  ];
  if (options.subtitle) out.push(`<text x="40" y="76" font-size="17" fill="#5f6b76">${escape(options.subtitle)}</text>`);
  out.push('<g stroke-width="1" stroke-opacity="0.55">');
  graph.forEachEdge((_edge, a, source, target, s, t) => {
    if (!visible.has(source) || !visible.has(target)) return;
    const color = (a as { crossBorder?: boolean }).crossBorder ? options.crossBorderColor : ((a as { color?: string }).color ?? '#b8c0c8');
    out.push(`<line x1="${px(s.x ?? 0)}" y1="${py(s.y ?? 0)}" x2="${px(t.x ?? 0)}" y2="${py(t.y ?? 0)}" stroke="${color}"/>`);
  });
  out.push('</g><g stroke="#ffffff" stroke-width="0.8">');
  for (const node of shown) {
    const a = graph.getNodeAttributes(node) as { x?: number; y?: number; size?: number; color?: string };
    out.push(`<circle cx="${px(a.x ?? 0)}" cy="${py(a.y ?? 0)}" r="${Math.max(2, (a.size ?? 4) * 1.2).toFixed(1)}" fill="${a.color ?? '#9aa0a6'}"/>`);
  }
  out.push('</g>');
  const entries = [...options.legend.map((l) => ({ ...l, line: false })), { label: options.crossBorderLabel, color: options.crossBorderColor, line: true }];
  const columnWidth = (width - 80) / 4;
  entries.forEach((entry, i) => {
    const x = 40 + (i % 4) * columnWidth;
    const y = height - bottom + 20 + Math.floor(i / 4) * 26;
    out.push(
      entry.line
        ? `<line x1="${x}" y1="${y}" x2="${x + 18}" y2="${y}" stroke="${entry.color}" stroke-width="3"/>`
        : `<circle cx="${x + 8}" cy="${y}" r="7" fill="${entry.color}"/>`,
      `<text x="${x + 26}" y="${y + 6}" font-size="16" fill="#1d2329">${escape(entry.label)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n');
}

/** The SVG rasterised at `scale` (2 = twice the pixels, for print). */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('view-image: no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('view-image: no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
