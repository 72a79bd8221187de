// A page for tests/e2e/link-width.test.ts, bundled by the test: one horizontal black link of a
// given size drawn four ways side by side, each in a 400 × 300 px box on white: by Sigma (WebGL),
// by the overview's FlatRenderer (2D canvas), and as the link of a node pointed at
// (drawActiveLinks) over each of the two.
import Graph from 'graphology';
import * as sigma from 'sigma';
import { EdgeRectangleProgram, drawDiscNodeHover } from 'sigma/rendering';
import { drawActiveLinks } from '../../web/src/lib/graph/active-links';
import { FlatRenderer, type FlatSettings } from '../../web/src/lib/graph/flat-renderer';
import type { DrawnGraph } from '../../web/src/lib/graph/picking';
import type { NetworkGraph } from '../../web/src/lib/graph/types';

export const boxWidth = 400;
export const boxHeight = 300;

function oneLink(size: number): NetworkGraph {
  const graph = new Graph({ type: 'directed', multi: true }) as unknown as NetworkGraph;
  // White nodes: only the link shows. The lower two give the drawing some height.
  for (const [key, x, y] of [['a', 0, 0], ['b', 100, 0], ['c', 0, 50], ['d', 100, 50]] as const) {
    graph.addNode(key, { x, y, size: 3, color: '#ffffff', label: null } as never);
  }
  graph.addDirectedEdge('a', 'b', { size, color: '#000000', relType: 'COOPERATES_WITH' } as never);
  return graph;
}

function box(index: number): HTMLElement {
  const element = document.createElement('div');
  Object.assign(element.style, { position: 'absolute', left: `${index * (boxWidth + 20)}px`, top: '0', width: `${boxWidth}px`, height: `${boxHeight}px` });
  document.body.appendChild(element);
  return element;
}

function activeLinks(renderer: DrawnGraph, index: number) {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [boxWidth, boxHeight];
  box(index).appendChild(canvas);
  drawActiveLinks(canvas.getContext('2d')!, renderer, 'a');
}

declare global {
  interface Window {
    drawLink(size: number, zoom: number): Promise<void>;
  }
}

window.drawLink = async (size, zoom) => {
  document.body.replaceChildren();
  const settings: FlatSettings = {
    stagePadding: 30,
    labelFont: 'sans-serif',
    labelSize: 12,
    labelRenderedSizeThreshold: 1000,
    labelGridCellSize: 100,
    minCameraRatio: 0.02,
    maxCameraRatio: 3,
    nodeReducer: (_node, data) => ({ ...data }),
    edgeReducer: (_edge, data) => data,
    drawLabel: () => undefined,
    drawHover: drawDiscNodeHover,
  };
  const webgl = new sigma.default(oneLink(size), box(0), { ...settings, edgeProgramClasses: { line: EdgeRectangleProgram }, defaultEdgeType: 'line', renderLabels: false });
  const flat = new FlatRenderer(oneLink(size), box(1), settings, sigma);
  for (const renderer of [webgl, flat]) renderer.getCamera().setState({ ratio: zoom });
  webgl.refresh();
  flat.render();
  activeLinks(webgl, 2);
  activeLinks(flat, 3);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
};
