// Which node lies under the pointer, found on the CPU from what Sigma draws (each node's place and
// radius on screen). Sigma 3 finds it on the GPU: it draws every node once more into an offscreen
// picking texture, which it creates anew for every frame, and reads one pixel of it back for each
// mouse event (gl.readPixels). Both the read-back and the new texture (texImage2D, then the
// framebuffer's check) hold the main thread until the GPU has finished everything queued before:
// with software WebGL (SwiftShader) and a network of thousands of nodes and links, seconds per
// click and per frame. A pass over the 5,000 drawn nodes took 7–20 ms in a traced browser on a busy
// machine.
import type Sigma from 'sigma';
import type { NodeProgramType } from 'sigma/rendering';
import type { ActorAttributes, LinkAttributes } from './types';

type Point = { x: number; y: number };

/** What finding or drawing over nodes needs of a renderer: Sigma, or the overview's FlatRenderer. */
export type DrawnGraph = Pick<Sigma<ActorAttributes, LinkAttributes>, 'getGraph' | 'getNodeDisplayData' | 'framedGraphToViewport' | 'scaleSize'>;

/** The topmost visible node whose disc contains the point (the nearest centre among equals). */
export function nodeAt(renderer: DrawnGraph, point: Point): string | null {
  let found: string | null = null;
  let topZ = -Infinity;
  let nearest = Infinity;
  renderer.getGraph().forEachNode((node) => {
    const data = renderer.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const centre = renderer.framedGraphToViewport(data);
    const radius = renderer.scaleSize(data.size);
    const distance = (centre.x - point.x) ** 2 + (centre.y - point.y) ** 2;
    if (distance > radius * radius) return;
    if (data.zIndex > topZ || (data.zIndex === topZ && distance < nearest)) [found, topZ, nearest] = [node, data.zIndex, distance];
  });
  return found;
}

/**
 * Makes the renderer find nodes under the pointer with nodeAt, and never make the picking texture
 * it would no longer read: Sigma allocates one of the canvas's size for each picking layer at every
 * frame, and WebGL then checks that texture and its framebuffer with calls that wait for the GPU
 * (over a second of the overview's first drawing on a busy machine with software WebGL).
 */
export function pickOnCpu(renderer: Sigma<ActorAttributes, LinkAttributes>): void {
  // Both are private in Sigma; every pointer event (move, down, up, click) goes through the first,
  // every frame through the second.
  const internals = renderer as unknown as {
    getNodeAtPosition: (point: Point) => string | null;
    resetWebGLTexture: (layer: string) => unknown;
  };
  // A click asks for the same point three times (down, up, click) after the move that led there:
  // the answer stands until Sigma draws again (each pass goes over every drawn node).
  let last: { x: number; y: number; node: string | null } | null = null;
  renderer.on('beforeRender', () => (last = null));
  internals.getNodeAtPosition = (point) => {
    if (last?.x === point.x && last.y === point.y && (last.node === null || renderer.getGraph().hasNode(last.node))) return last.node;
    last = { x: point.x, y: point.y, node: nodeAt(renderer, point) };
    return last.node;
  };
  internals.resetWebGLTexture = () => renderer;
}

/**
 * A node program that never draws the picking pass: with nodes found by nodeAt, Sigma's picking
 * program is compiled at start (one more shader program, waited for on this thread) and draws
 * every node a second time each frame, for nothing.
 */
export function withoutGpuPicking(Program: NodeProgramType<ActorAttributes, LinkAttributes>): NodeProgramType<ActorAttributes, LinkAttributes> {
  return class extends Program {
    constructor(gl: WebGLRenderingContext, _pickingBuffer: WebGLFramebuffer | null, renderer: Sigma<ActorAttributes, LinkAttributes>) {
      super(gl, null, renderer);
    }
  };
}
