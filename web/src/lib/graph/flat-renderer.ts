// A small graph (the overview's few hundred groups) drawn on 2D canvases by the CPU, with the part
// of Sigma's interface that GraphCanvas, the picking and the active links use: events, camera,
// coordinates, display data through the same reducers. The overview then needs no WebGL: with
// software WebGL (SwiftShader) the first WebGL context of a page waits seconds for the GPU process
// on a busy machine, while discs and lines for a few hundred groups take milliseconds on a 2D
// canvas. The camera and the mouse and touch handling are Sigma's own classes, so panning and
// zooming behave as in the firm views, and the coordinates are Sigma's (graph -> framed graph ->
// viewport through its normalisation and camera matrix), so the camera in the URL means the same.
import type { Camera, MouseCaptor, TouchCaptor } from 'sigma';
import type { Settings } from 'sigma/settings';
import type { CameraState, Coordinates, Extent, NodeDisplayData } from 'sigma/types';
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import { createNormalizationFunction, graphExtent, identity, matrixFromCamera, multiplyVec2 } from 'sigma/utils';
import { linkWidth } from './active-links';
import { nodeAt } from './picking';
import { context2d } from './software-canvas';
import type { ActorAttributes, LinkAttributes, NetworkGraph } from './types';

/** Sigma's classes this renderer borrows, from the module GraphCanvas loaded. */
export interface SigmaParts {
  Camera: typeof Camera;
  MouseCaptor: typeof MouseCaptor;
  TouchCaptor: typeof TouchCaptor;
}

export interface FlatSettings {
  nodeReducer: (node: string, data: ActorAttributes) => Partial<NodeDisplayData> & Record<string, unknown>;
  edgeReducer: (edge: string, data: LinkAttributes) => { hidden?: boolean; color?: string; size?: number; zIndex?: number };
  drawLabel: NodeLabelDrawingFunction<ActorAttributes, LinkAttributes>;
  /** The box with the whole name that Sigma draws over the node pointed at. */
  drawHover: NodeHoverDrawingFunction<ActorAttributes, LinkAttributes>;
  stagePadding: number;
  labelFont: string;
  labelSize: number;
  labelRenderedSizeThreshold: number;
  /** About one label per cell of this many px. */
  labelGridCellSize: number;
  minCameraRatio: number;
  maxCameraRatio: number;
}

type Node = { key: string; x: number; y: number; size: number; color: string; label: string | null; hidden: boolean; forceLabel: boolean; highlighted: boolean; zIndex: number };
type Edge = { source: string; target: string; size: number; color: string; zIndex: number };
type Events = {
  beforeRender: () => void;
  afterRender: () => void;
  clickNode: (event: { node: string }) => void;
  clickStage: () => void;
  enterNode: (event: { node: string }) => void;
  leaveNode: (event: { node: string }) => void;
};
type Bbox = { x: Extent; y: Extent };

/** Nodes and edges in drawing order: by zIndex, larger nodes under smaller ones of the same. */
export function drawingOrder<T extends { zIndex: number; size?: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.zIndex - b.zIndex || (b.size ?? 0) - (a.size ?? 0));
}

/**
 * Which nodes get a label, in the order they claim room: forced labels first, then the largest
 * node of each cell of a `cell` px grid (as Sigma's label grid keeps about one label per cell), of
 * those drawn at least `threshold` px large, on the canvas, and not hidden.
 */
export function labelOrder<T extends { x: number; y: number; size: number; label: string | null; hidden: boolean; forceLabel: boolean }>(
  nodes: T[],
  threshold: number,
  cell: number,
  width: number,
  height: number,
): T[] {
  const onCanvas = (n: T) => n.x >= -n.size && n.x <= width + n.size && n.y >= -n.size && n.y <= height + n.size;
  const candidates = nodes.filter((n) => n.label && !n.hidden && onCanvas(n)).sort((a, b) => b.size - a.size);
  const forced = candidates.filter((n) => n.forceLabel);
  const taken = new Set<string>();
  const largest = candidates.filter((n) => {
    if (n.forceLabel || n.size < threshold) return false;
    const key = `${Math.floor(n.x / cell)}:${Math.floor(n.y / cell)}`;
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  });
  return [...forced, ...largest];
}

export class FlatRenderer {
  private listeners = new Map<keyof Events, ((event?: { node: string }) => void)[]>();
  private readonly camera: Camera;
  private readonly captors: (MouseCaptor | TouchCaptor)[];
  private readonly layers: Record<string, HTMLCanvasElement> = {};
  private readonly mouse: HTMLDivElement;
  private nodes = new Map<string, Node>();
  private edges: Edge[] = [];
  private customBBox: Bbox | null = null;
  private normalize = createNormalizationFunction({ x: [0, 1], y: [0, 1] });
  private matrix: Float32Array = identity();
  private invMatrix: Float32Array = identity();
  private width = 1;
  private height = 1;
  private hovered: string | null = null;
  private frame = 0;
  /** The display data wait for the next frame when the graph changed (many changes, one pass). */
  private stale = true;
  private readonly onGraphChange = () => {
    this.stale = true;
    this.scheduleRender();
  };

  constructor(
    private readonly graph: NetworkGraph,
    private readonly container: HTMLElement,
    private settings: FlatSettings,
    parts: SigmaParts,
  ) {
    for (const id of ['edges', 'nodes']) this.createCanvas(id);
    this.mouse = document.createElement('div');
    Object.assign(this.mouse.style, { position: 'absolute', inset: '0', touchAction: 'none', userSelect: 'none' });
    container.appendChild(this.mouse);
    this.camera = new parts.Camera();
    this.camera.minRatio = settings.minCameraRatio;
    this.camera.maxRatio = settings.maxCameraRatio;
    this.camera.on('updated', () => this.scheduleRender());
    const renderer = this as unknown as ConstructorParameters<typeof MouseCaptor>[1];
    const mouse = new parts.MouseCaptor(this.mouse, renderer);
    const touch = new parts.TouchCaptor(this.mouse, renderer);
    this.captors = [mouse, touch];
    const move = (point: Coordinates) => this.hover(nodeAt(this, point));
    const click = (point: Coordinates) => {
      const node = nodeAt(this, point);
      if (node) this.emit('clickNode', { node });
      else this.emit('clickStage');
    };
    mouse.on('mousemove', move);
    mouse.on('mouseleave', () => this.hover(null));
    mouse.on('click', click);
    const first = (event: { touches: Coordinates[]; previousTouches: Coordinates[] }) => event.touches[0] ?? event.previousTouches[0];
    touch.on('touchmove', (event) => first(event) && move(first(event)!));
    touch.on('tap', (event) => first(event) && click(first(event)!));
    for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'nodeAttributesUpdated', 'edgeAttributesUpdated', 'eachNodeAttributesUpdated', 'eachEdgeAttributesUpdated'] as const) {
      graph.on(event, this.onGraphChange);
    }
    this.resize();
    this.refresh();
  }

  on<K extends keyof Events>(event: K, listener: Events[K]): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as (event?: { node: string }) => void]);
    return this;
  }

  private emit(event: keyof Events, payload?: { node: string }): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }

  private hover(node: string | null) {
    if (node === this.hovered) return;
    if (this.hovered) this.emit('leaveNode', { node: this.hovered });
    this.hovered = node;
    if (node) this.emit('enterNode', { node });
  }

  createCanvas(id: string, options: { afterLayer?: string; style?: Partial<CSSStyleDeclaration> } = {}): HTMLCanvasElement {
    const canvas = document.createElement('canvas');
    Object.assign(canvas.style, { position: 'absolute', inset: '0', width: '100%', height: '100%' }, options.style);
    const after = options.afterLayer && this.layers[options.afterLayer];
    if (after) after.after(canvas);
    else if (this.mouse?.isConnected) this.mouse.before(canvas);
    else this.container.appendChild(canvas);
    this.layers[id] = canvas;
    return canvas;
  }

  getCanvases(): Record<string, HTMLCanvasElement> {
    return { ...this.layers };
  }

  getGraph(): NetworkGraph {
    return this.graph;
  }

  getCamera(): Camera {
    return this.camera;
  }

  getDimensions(): { width: number; height: number } {
    return { width: this.width, height: this.height };
  }

  getSetting<K extends keyof FlatSettings>(key: K): FlatSettings[K] {
    return this.settings[key];
  }

  /** Settings Sigma has and this renderer does without (edge programs, hiding edges in motion) are ignored. */
  setSetting(key: string, value: unknown): this {
    if (key in this.settings) this.settings = { ...this.settings, [key]: value };
    this.scheduleRender();
    return this;
  }

  setCustomBBox(bbox: Bbox | null): this {
    this.customBBox = bbox;
    this.refresh({ schedule: true });
    return this;
  }

  getNodeDisplayData(node: string): (NodeDisplayData & { zIndex: number }) | undefined {
    if (this.stale) this.process();
    const data = this.nodes.get(node);
    return data && ({ ...data, type: 'circle' } as unknown as NodeDisplayData & { zIndex: number });
  }

  scaleSize(size = 1): number {
    return size / Math.sqrt(this.camera.ratio);
  }

  framedGraphToViewport(point: Coordinates): Coordinates {
    const { x, y } = multiplyVec2(this.matrix, point);
    return { x: ((1 + x) * this.width) / 2, y: ((1 - y) * this.height) / 2 };
  }

  viewportToFramedGraph(point: Coordinates): Coordinates {
    const framed = multiplyVec2(this.invMatrix, { x: (point.x / this.width) * 2 - 1, y: 1 - (point.y / this.height) * 2 });
    return { x: Number.isNaN(framed.x) ? 0 : framed.x, y: Number.isNaN(framed.y) ? 0 : framed.y };
  }

  graphToViewport(point: Coordinates): Coordinates {
    return this.framedGraphToViewport(this.normalize(point));
  }

  viewportToGraph(point: Coordinates): Coordinates {
    return this.normalize.inverse(this.viewportToFramedGraph(point));
  }

  /** The camera zoomed to `ratio` around a point of the viewport (Sigma's, for its captors). */
  getViewportZoomedState(point: Coordinates, ratio: number): CameraState {
    const state = this.camera.getState();
    const bounded = Math.min(this.settings.maxCameraRatio, Math.max(this.settings.minCameraRatio, ratio));
    const change = bounded / state.ratio;
    const at = this.viewportToFramedGraph(point);
    const centre = this.viewportToFramedGraph({ x: this.width / 2, y: this.height / 2 });
    return { angle: state.angle, x: (at.x - centre.x) * (1 - change) + state.x, y: (at.y - centre.y) * (1 - change) + state.y, ratio: bounded };
  }

  resize(): this {
    this.width = this.container.offsetWidth || 1;
    this.height = this.container.offsetHeight || 1;
    const ratio = window.devicePixelRatio || 1;
    for (const canvas of Object.values(this.layers)) {
      canvas.width = Math.round(this.width * ratio);
      canvas.height = Math.round(this.height * ratio);
    }
    return this;
  }

  /** Applies the reducers anew and draws (in the next frame with `schedule`). */
  refresh(options: { schedule?: boolean } = {}): this {
    this.stale = true;
    if (options.schedule) this.scheduleRender();
    else this.render();
    return this;
  }

  /** The reducers' display data of every node and edge, nodes in framed-graph coordinates. */
  private process() {
    this.stale = false;
    const extent = this.customBBox ?? graphExtent(this.graph);
    this.normalize = createNormalizationFunction(extent);
    this.nodes.clear();
    this.graph.forEachNode((key, attributes) => {
      const data = this.settings.nodeReducer(key, attributes) as Partial<Node>;
      const { x, y } = this.normalize({ x: attributes.x, y: attributes.y });
      this.nodes.set(key, {
        key,
        x,
        y,
        size: data.size ?? attributes.size,
        color: data.color ?? attributes.color,
        label: data.label === undefined ? attributes.label : data.label,
        hidden: data.hidden ?? false,
        forceLabel: data.forceLabel ?? false,
        highlighted: data.highlighted ?? false,
        zIndex: data.zIndex ?? 0,
      });
    });
    this.edges = [];
    this.graph.forEachEdge((key, attributes, source, target) => {
      const data = this.settings.edgeReducer(key, attributes);
      if (data.hidden ?? attributes.hidden) return;
      this.edges.push({ source, target, size: data.size ?? attributes.size, color: data.color ?? attributes.color, zIndex: data.zIndex ?? 0 });
    });
  }

  private scheduleRender() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  render(): this {
    this.emit('beforeRender');
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.stale) this.process();
    const state = this.camera.getState();
    const viewport = { width: this.width, height: this.height };
    const extent = this.customBBox ?? graphExtent(this.graph);
    const dimensions = { width: extent.x[1] - extent.x[0] || 1, height: extent.y[1] - extent.y[0] || 1 };
    this.matrix = matrixFromCamera(state, viewport, dimensions, this.settings.stagePadding);
    this.invMatrix = matrixFromCamera(state, viewport, dimensions, this.settings.stagePadding, true);

    const edges = this.blank('edges');
    if (edges) {
      edges.lineCap = 'round';
      for (const edge of drawingOrder(this.edges)) {
        const [from, to] = [this.nodes.get(edge.source), this.nodes.get(edge.target)];
        if (!from || !to || from.hidden || to.hidden) continue;
        const [a, b] = [this.framedGraphToViewport(from), this.framedGraphToViewport(to)];
        edges.strokeStyle = edge.color;
        edges.lineWidth = linkWidth(this.scaleSize(edge.size));
        edges.beginPath();
        edges.moveTo(a.x, a.y);
        edges.lineTo(b.x, b.y);
        edges.stroke();
      }
    }

    const context = this.blank('nodes');
    if (context) {
      const drawn = drawingOrder([...this.nodes.values()].filter((n) => !n.hidden)).map((node) => ({ ...node, ...this.framedGraphToViewport(node), size: this.scaleSize(node.size) }));
      const disc = (node: (typeof drawn)[number]) => {
        context.fillStyle = node.color;
        context.beginPath();
        context.arc(node.x, node.y, node.size, 0, 2 * Math.PI);
        context.fill();
      };
      drawn.forEach(disc);
      const labelSettings = { labelSize: this.settings.labelSize, labelWeight: 'normal', labelFont: this.settings.labelFont, labelColor: { color: '#000' } };
      const settings = labelSettings as unknown as Settings<ActorAttributes, LinkAttributes>;
      for (const node of labelOrder(drawn, this.settings.labelRenderedSizeThreshold, this.settings.labelGridCellSize, this.width, this.height)) {
        this.settings.drawLabel(context, { ...node, type: 'circle' } as never, settings);
      }
      // As Sigma does: the box with the whole name, and the node again over it.
      for (const node of drawn.filter((n) => n.highlighted)) {
        this.settings.drawHover(context, { ...node, type: 'circle' } as never, settings);
        disc(node);
      }
    }
    this.emit('afterRender');
    return this;
  }

  /** A layer cleared and scaled to CSS pixels. */
  private blank(id: string): CanvasRenderingContext2D | undefined {
    const canvas = this.layers[id];
    const context = canvas && context2d(canvas);
    if (!context) return undefined;
    const ratio = window.devicePixelRatio || 1;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, this.width, this.height);
    return context;
  }

  kill(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.listeners.clear();
    for (const captor of this.captors) captor.kill();
    this.camera.removeAllListeners();
    for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'nodeAttributesUpdated', 'edgeAttributesUpdated', 'eachNodeAttributesUpdated', 'eachEdgeAttributesUpdated'] as const) {
      this.graph.off(event, this.onGraphChange);
    }
    for (const canvas of Object.values(this.layers)) canvas.remove();
    this.mouse.remove();
  }
}
