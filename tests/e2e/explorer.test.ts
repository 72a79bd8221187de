// The network explorer in a real browser over the real API and the demo data: the canvas draws all
// actors' network, filters narrow it, search opens a firm's panel, expanding adds its partners, and the URL
// brings the same view back.
import { describe, expect, it } from 'vitest';
import { drawnPixels, selectedAndPanel, useBrowser } from '../setup/browser';
import { demoApp } from '../setup/e2e-server';
import type { Page } from 'playwright-core';

const server = demoApp();
const browser = useBrowser();
// Answers and redraws take their time on a loaded 2-core machine with software WebGL.
const settle = { timeout: 30_000 };

interface Network {
  graph: { nodes: { key: string; attributes: { label: string; kind: string } }[]; edges: { source: string; target: string; attributes: { crossBorder: boolean } }[] };
}
const api = async <T>(path: string): Promise<T> => (await fetch(`${server.url}${path}`)).json() as Promise<T>;
const german = (n: number) => new Intl.NumberFormat('de-DE').format(n);

/** Waits until the canvas has drawn the network the page asked for, and returns its actor count. */
async function drawn(page: Page): Promise<number> {
  await page.locator('[data-drawn-nodes]:not([data-drawn-nodes="0"])').waitFor({ timeout: 60_000 });
  await page.getByText('Netzwerk wird geladen').waitFor({ state: 'detached' });
  return Number((await page.getByTestId('node-count').textContent())!.replace(/\D/g, ''));
}

const canvasBackground: [number, number, number] = [0xfb, 0xfc, 0xfd];

describe('network explorer', () => {
  it('draws the whole demo network on the canvas', async () => {
    const whole = await api<Network>('/api/network/cluster?limit=3000');
    const page = await browser.page();
    await page.goto(`${server.url}/de?view=all`);
    expect(await drawn(page)).toBe(whole.graph.nodes.length);
    await expect.poll(() => page.getByTestId('edge-count').textContent(), settle).toBe(german(whole.graph.edges.length));
    // The pixels of the canvas (WebGL, read back through a screenshot), not the DOM, show the nodes.
    const canvas = page.getByRole('application', { name: /Netzwerkgrafik/ });
    expect(await drawnPixels(canvas, canvasBackground)).toBeGreaterThan(5_000);
    await expect.poll(() => page.getByRole('group').filter({ hasText: 'Legende' }).count(), settle).toBeGreaterThan(0);
  });

  it('narrows the network to cross-border links', async () => {
    const crossBorder = await api<Network>('/api/network/cluster?limit=3000&crossBorder=true');
    const page = await browser.page();
    await page.goto(`${server.url}/de?view=all`);
    const before = await drawn(page);
    await page.getByLabel('Nur grenzüberschreitende Verbindungen').check();
    await page.waitForURL(/crossBorder=1/);
    await expect.poll(() => page.getByTestId('node-count').textContent(), settle).toBe(german(crossBorder.graph.nodes.length));
    expect(crossBorder.graph.nodes.length).toBeLessThan(before);
    expect(crossBorder.graph.edges.every((edge) => edge.attributes.crossBorder)).toBe(true);
    expect(await drawnPixels(page.getByRole('application'), canvasBackground)).toBeGreaterThan(1_000);
  });

  it('finds a firm, opens its panel, adds its partners, and the shared URL brings the view back', async () => {
    const crossBorder = await api<Network>('/api/network/cluster?limit=3000&crossBorder=true');
    const shown = new Set(crossBorder.graph.nodes.map((n) => n.key));
    // A firm of the cross-border view with partners at home, which expanding brings in.
    const candidates = crossBorder.graph.nodes.filter((n) => n.attributes.kind === 'firm').slice(0, 40);
    let firm: { key: string; label: string; added: number } | undefined;
    for (const node of candidates) {
      const ego = await api<Network>(`/api/network/ego?id=${node.key}&hops=1`);
      const added = ego.graph.nodes.filter((n) => !shown.has(n.key)).length;
      if (added > 0) {
        firm = { key: node.key, label: node.attributes.label, added };
        break;
      }
    }
    expect(firm).toBeDefined();

    const page = await browser.page();
    await page.goto(`${server.url}/de?view=all&crossBorder=1`);
    const before = await drawn(page);
    const search = page.getByRole('combobox', { name: 'Akteur suchen und im Netzwerk zeigen' });
    await search.fill(firm!.label);
    await page.getByRole('option', { name: new RegExp(firm!.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().click();
    const panel = page.getByRole('complementary');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent(), settle).toBe(firm!.label);
    await page.waitForURL(new RegExp(`sel=${firm!.key}`));
    // Drawn left of the panel that opened over the canvas's right side.
    const { node, panel: panelBox } = await selectedAndPanel(page);
    expect(node.x).toBeLessThan(panelBox.x);

    await panel.getByRole('button', { name: 'Nachbarn hinzufügen' }).click();
    await panel.getByRole('button', { name: 'Nachbarn sind hinzugefügt' }).waitFor();
    await expect.poll(() => page.getByTestId('node-count').textContent(), settle).toBe(german(before + firm!.added));
    await page.waitForURL(new RegExp(`expand=${firm!.key}`));
    // Back: the view before the partners came in, with the firm still selected; forward: with them.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('expand') && url.searchParams.get('sel') === firm!.key);
    await expect.poll(() => page.getByTestId('node-count').textContent(), settle).toBe(german(before));
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent(), settle).toBe(firm!.label);
    await page.goForward();
    await page.waitForURL(new RegExp(`expand=${firm!.key}`));
    await expect.poll(() => page.getByTestId('node-count').textContent(), settle).toBe(german(before + firm!.added));

    // Colour by country, then open the same address in a fresh page.
    await page.locator('#explorer-filters').getByLabel('Farbe nach').selectOption('country');
    await page.waitForURL(/color=country/);
    const shared = page.url();
    const again = await browser.page();
    await again.goto(shared);
    expect(await drawn(again)).toBe(before + firm!.added);
    // The camera part (focus, zoom) follows the view once the layout settles; the rest stays.
    const withoutCamera = (url: string) => {
      const params = new URL(url).searchParams;
      params.delete('focus');
      params.delete('zoom');
      return params.toString();
    };
    expect(withoutCamera(again.url())).toBe(withoutCamera(shared));
    await expect.poll(() => again.getByRole('complementary').getByRole('heading', { level: 2 }).textContent(), settle).toBe(firm!.label);
    expect(await again.getByLabel('Nur grenzüberschreitende Verbindungen').isChecked()).toBe(true);
    expect(await again.locator('#explorer-filters').getByLabel('Farbe nach').inputValue()).toBe('country');
    await again.getByRole('button', { name: 'Nachbarn sind hinzugefügt' }).waitFor();
    await expect.poll(() => again.getByRole('group').filter({ hasText: 'Legende: Land' }).count(), settle).toBe(1);
    expect(await drawnPixels(again.getByRole('application'), canvasBackground)).toBeGreaterThan(1_000);
  });

  it('lists the first 40 members of a chamber in its panel, and all of them on request', async () => {
    const whole = await api<Network & { graph: { edges: { attributes: { type: string } }[] } }>('/api/network/cluster?limit=3000');
    const members = new Map<string, Set<string>>();
    for (const edge of whole.graph.edges) {
      if (edge.attributes.type === 'MEMBER_OF') members.set(edge.target, (members.get(edge.target) ?? new Set()).add(edge.source));
    }
    const [hub, ofHub] = [...members].sort((a, b) => b[1].size - a[1].size)[0]!;
    expect(ofHub.size).toBeGreaterThan(40);

    const page = await browser.page(1280, 800, 'cs-CZ');
    await page.goto(`${server.url}/cs?view=all&sel=${hub}`);
    await drawn(page);
    const list = page.getByRole('complementary').getByRole('list').last();
    await expect.poll(() => list.getByRole('listitem').count(), settle).toBe(40);
    await page.getByRole('button', { name: `Zobrazit všech ${new Intl.NumberFormat('cs-CZ').format(ofHub.size)}` }).click();
    await expect.poll(() => list.getByRole('listitem').count(), settle).toBe(ofHub.size);
  });
});
