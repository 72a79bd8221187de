// 2D canvases drawn by the CPU rather than through the GPU. An accelerated 2D canvas queues its
// drawing behind the WebGL work of the same page and, when Chromium flushes it, holds the main
// thread until the GPU has caught up: with software WebGL (SwiftShader) and tens of thousands of
// links, seconds after a selection. Labels and the few shapes of our layers draw as fast on the CPU.
// `willReadFrequently` is the standard way to ask for such a canvas.
const options: CanvasRenderingContext2DSettings = { willReadFrequently: true };

export function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  return canvas.getContext('2d', options);
}

/** Runs `make` (Sigma's constructor) so that the 2D canvases it creates are drawn by the CPU. */
export function withSoftware2d<T>(make: () => T): T {
  const prototype = HTMLCanvasElement.prototype;
  const original = prototype.getContext;
  prototype.getContext = function (this: HTMLCanvasElement, type: string, settings?: object) {
    return original.call(this, type, type === '2d' ? { ...settings, ...options } : settings);
  } as typeof original;
  try {
    return make();
  } finally {
    prototype.getContext = original;
  }
}

/**
 * The first drawing on a page's first 2D canvas sets up Chromium's canvas backing, which waits for
 * its GPU process: 130-300 ms of main thread on this machine (over a second in a fresh browser),
 * whatever the canvas. Done on a 1 px canvas while the page still waits for its code and data,
 * the explorer's first drawing does not wait for it.
 */
export function warmUp2d(): void {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [1, 1];
  canvas.getContext('2d', options)?.clearRect(0, 0, 1, 1);
}
