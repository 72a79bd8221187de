// The path finder, a profile's edit form and the Czech version, in a real browser over the real API
// and the demo data.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import cs from '../../web/src/lib/i18n/cs';
import de from '../../web/src/lib/i18n/de';
import { createAccount, testPassword } from '../setup/accounts';
import { useBrowser } from '../setup/browser';
import { demoApp } from '../setup/e2e-server';

const server = demoApp();
const browser = useBrowser();
// Answers and redraws take their time on a loaded 2-core machine with software WebGL.
const settle = { timeout: 30_000 };
mkdirSync('screenshots', { recursive: true });

const api = async <T>(path: string, init?: RequestInit): Promise<T> => (await fetch(`${server.url}${path}`, init)).json() as Promise<T>;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Named {
  id: string;
  name: string;
  nameDe: string | null;
}
interface Chains {
  paths: { steps: { buyer: Named; supplier: Named; product: Named }[] }[];
}

/** A firm, a product it needs and the chains to it (some, or none at all), found through the API. */
async function firmAndNeed(withChains: boolean) {
  const firms = await api<{ items: Named[] }>('/api/search?kind=firm&limit=60');
  for (const firm of firms.items) {
    const entity = await api<{ relations: { type: string; direction: string; other: Named }[] }>(`/api/firms/${firm.id}`);
    for (const need of entity.relations.filter((r) => r.type === 'NEEDS' && r.direction === 'out')) {
      const chains = await api<Chains>(`/api/paths/chains?firm=${firm.id}&product=${need.other.id}&k=3&maxHops=4`);
      if (chains.paths.length > 0 === withChains) return { firm, product: need.other, chains };
    }
  }
  throw new Error(`e2e: no firm in the demo data has a need ${withChains ? 'with' : 'without'} a supplier chain`);
}
const firmWithChains = () => firmAndNeed(true);

describe('supplier path finder', () => {
  it('finds the chains from a firm to a product it needs and lists them step by step', async () => {
    const { firm, product, chains } = await firmWithChains();
    const page = await browser.page();
    await page.goto(`${server.url}/de/paths`);
    await page.getByRole('combobox', { name: 'Firma', exact: true }).fill(firm.name);
    await page.getByRole('option', { name: new RegExp(escape(firm.name)) }).first().click();
    await page.getByLabel('Benötigtes Produkt').selectOption({ label: product.nameDe ?? product.name });
    await page.getByRole('button', { name: 'Ketten suchen' }).click();

    await page.getByText(`Gefundene Ketten: ${chains.paths.length}`).waitFor();
    const firstChain = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Kette 1' }) });
    const step = chains.paths[0]!.steps[0]!;
    const country = '(?:\\s\\((?:DE|CZ)\\))?';
    const sentence = new RegExp(
      `${escape(step.buyer.name)}${country} kauft ${escape(step.product.nameDe ?? step.product.name)} bei ${escape(step.supplier.name)}${country}`,
    );
    expect(await firstChain.getByRole('listitem').first().textContent()).toMatch(sentence);
    await page.getByRole('application', { name: 'Grafik der gefundenen Lieferbeziehungen' }).waitFor();
  });

  it('says in German, Czech and English that no chain was found, and draws no graph', async () => {
    const { firm, product } = await firmAndNeed(false);
    for (const [lang, locale, none, graph] of [
      ['de', 'de-DE', 'Keine Kette gefunden.', 'Grafik der gefundenen Lieferbeziehungen'],
      ['cs', 'cs-CZ', 'Žádný řetězec nenalezen.', 'Graf nalezených dodavatelských vztahů'],
      ['en', 'en-GB', 'No chain found.', 'Graph of the supply links found'],
    ] as const) {
      const page = await browser.page(1280, 800, locale);
      await page.goto(`${server.url}/${lang}/paths?mode=product&from=${firm.id}&product=${product.id}&k=3&hops=4`);
      await page.getByRole('status').filter({ hasText: none }).waitFor(settle);
      await page.screenshot({ path: `screenshots/paths-none-${lang}.png`, fullPage: true });
      expect(await page.getByRole('application', { name: graph }).isVisible()).toBe(false);
      expect(await page.getByRole('region', { name: graph }).count()).toBe(0);
    }
  });
});

describe('profile editing', () => {
  it("offers no edit button to a visitor; signed in, shows the API's validation error next to the field and saves a valid value", async () => {
    const [firm] = (await api<{ items: Named[] }>('/api/search?kind=firm&limit=1')).items;
    const before = await api<{ employees?: number }>(`/api/firms/${firm!.id}`);
    const page = await browser.page();
    await page.goto(`${server.url}/de/firm/${firm!.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Anmelden' }).waitFor();
    expect(await page.getByRole('button', { name: 'Bearbeiten' }).count()).toBe(0);

    const staff = await createAccount(server.db.runner, 'staff');
    await page.getByRole('link', { name: 'Anmelden' }).click();
    await page.getByLabel('E-Mail-Adresse').fill(staff.email);
    await page.getByLabel('Passwort').fill(testPassword);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    // Back on the profile it came from, signed in (the account menu in the header), now with the edit button.
    await page.getByRole('button', { name: 'Konto: Test staff' }).waitFor();
    await page.getByRole('button', { name: 'Bearbeiten' }).click();
    const employees = page.getByLabel('Beschäftigte', { exact: true });
    await employees.fill('viele');
    await page.getByRole('button', { name: 'Speichern' }).click();

    await expect.poll(() => employees.getAttribute('aria-invalid'), settle).toBe('true');
    const message = page.locator(`#${await employees.getAttribute('aria-describedby')}`);
    expect(await message.textContent()).toBe('Ungültig: Eine ganze Zahl von 0 bis 1.000.000.');
    expect(await api<{ employees?: number }>(`/api/firms/${firm!.id}`)).toMatchObject({ employees: before.employees });

    await employees.fill('42');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Gespeichert.' }).waitFor();
    expect(await api<{ employees?: number }>(`/api/firms/${firm!.id}`)).toMatchObject({ employees: 42 });
  });
});

// German texts of the dictionary that Czech says differently, as words a page must not show.
type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, path = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${path}${key}`, value] as [string, string]] : leaves(value, `${path}${key}.`)));
const czech = new Map(leaves(cs as unknown as Tree));
const germanOnly = [
  ...new Set(
    leaves(de as unknown as Tree)
      .filter(([key, text]) => czech.get(key) !== text)
      .flatMap(([, text]) => text.split(/\{[^}]*\}/))
      .map((part) => part.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
      .filter((part) => part.length >= 4 && ![...czech.values()].some((c) => c.includes(part))),
  ),
];

async function visibleTexts(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''),
    );
    const options = [...document.querySelectorAll('option')].map((o) => o.textContent ?? '');
    return [document.title, document.body.innerText, ...attributes, ...options].join('\n');
  });
}

const germanLeft = (text: string) => germanOnly.filter((phrase) => new RegExp(`(^|[^\\p{L}])${escape(phrase)}($|[^\\p{L}])`, 'u').test(text));

describe('in Czech', () => {
  it('knows the German phrases to look for', () => {
    expect(germanOnly).toEqual(expect.arrayContaining(['Netzwerk-Explorer', 'Nachbarn hinzufügen', 'Lieferketten finden']));
  });

  it('switches the explorer to Czech, with no German text left', async () => {
    const [firm] = (await api<{ items: Named[] }>('/api/search?kind=firm&limit=1&country=CZ')).items;
    const page = await browser.page();
    await page.goto(`${server.url}/de?view=all&sel=${firm!.id}`);
    await page.getByRole('complementary').waitFor();
    await page.getByRole('link', { name: 'Čeština' }).click();
    await page.waitForURL(new RegExp(`/cs\\?view=all&sel=${firm!.id}`));
    await page.getByRole('heading', { name: 'Průzkumník sítě' }).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Přidat sousedy' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('cs');
    expect(germanLeft(await visibleTexts(page))).toEqual([]);
  });

  it('shows the path finder, the risk view and a profile with its edit form in Czech, with no German text left', async () => {
    const { firm, product } = await firmWithChains();
    const page = await browser.page();
    // Signed in as staff (the page's own request context keeps the session cookie), to see the edit form.
    const staff = await createAccount(server.db.runner, 'staff');
    await page.request.post(`${server.url}/api/auth/sign-in`, { data: { email: staff.email, password: testPassword } });
    await page.goto(`${server.url}/cs/paths?mode=product&from=${firm.id}&product=${product.id}&k=3&hops=4`);
    await page.getByRole('heading', { name: 'Řetězec 1' }).waitFor();
    expect(germanLeft(await visibleTexts(page))).toEqual([]);

    await page.goto(`${server.url}/cs/risk?tab=firm&firm=${firm.id}&product=${product.id}`);
    await page.getByRole('heading', { name: /Další dodavatelé pro/ }).waitFor();
    expect(germanLeft(await visibleTexts(page))).toEqual([]);

    await page.goto(`${server.url}/cs/firm/${firm.id}`);
    await page.getByRole('heading', { name: 'Základní údaje' }).waitFor();
    await page.getByRole('button', { name: 'Upravit' }).click();
    expect(germanLeft(await visibleTexts(page))).toEqual([]);
  });
});
