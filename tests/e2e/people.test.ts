// People and trust in a real browser over the real API and the demo data: the header's account menu
// (folded into one menu on a phone), a member keeping their firm's profile (a contact person with
// consent, a supplier claimed), what a visitor never sees, the change log with undo for staff, and the
// whole way from a staff member's invitation to a supply link the supplier's member confirmed.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import cs from '../../web/src/lib/i18n/cs';
import { createAccount, testPassword } from '../setup/accounts';
import { useBrowser } from '../setup/browser';
import { demoApp } from '../setup/e2e-server';

const server = demoApp();
const browser = useBrowser();
const settle = { timeout: 30_000 };

interface Named {
  id: string;
  name: string;
  nameDe?: string | null;
}
interface Firm extends Named {
  employees?: number;
  relations: { type: string; direction: string; other: Named; properties: Record<string, unknown> }[];
}

const api = async <T>(path: string): Promise<T> => (await fetch(`${server.url}${path}`)).json() as Promise<T>;
const firstFirm = async (country: 'DE' | 'CZ') => (await api<{ items: Named[] }>(`/api/search?kind=firm&country=${country}&limit=1`)).items[0]!;

async function signInThroughPage(page: Page, email: string) {
  await page.goto(`${server.url}/de/sign-in`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(testPassword);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL(`${server.url}/de`);
}

/** A write with the page's session, as the web app sends it (cookie and CSRF header). */
async function write(page: Page, email: string, method: 'PATCH', path: string, data: unknown) {
  const session = await page.request.post(`${server.url}/api/auth/sign-in`, { data: { email, password: testPassword } });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.fetch(`${server.url}${path}`, { method, data, headers: { 'x-csrf-token': csrfToken } });
  expect(response.status()).toBe(200);
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
async function boxes(locators: Locator[]): Promise<Box[]> {
  return Promise.all(locators.map(async (l) => (await l.boundingBox())!));
}

describe('the header', () => {
  it('shows navigation, sign-in and languages side by side at 1280 px, and folds them into one menu at 390 px', async () => {
    const wide = await browser.page(1280, 800, 'cs-CZ');
    await wide.goto(`${server.url}/cs/paths`);
    const parts = (page: Page) => [
      page.getByRole('navigation', { name: cs.app.mainNavigation }),
      page.getByRole('link', { name: cs.account.signIn }),
      page.getByRole('navigation', { name: cs.language.label }),
    ];
    await parts(wide)[1]!.waitFor();
    const [nav, signIn, languages] = await boxes(parts(wide));
    expect([overlap(nav!, signIn!), overlap(nav!, languages!), overlap(signIn!, languages!)]).toEqual([false, false, false]);

    const phone = await browser.page(390, 800, 'cs-CZ');
    await phone.goto(`${server.url}/cs/paths`);
    const menu = phone.getByRole('button', { name: cs.app.menu });
    await menu.waitFor();
    expect(await phone.getByRole('link', { name: cs.nav.paths }).isVisible()).toBe(false);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await parts(phone)[1]!.waitFor();
    expect(await phone.getByRole('link', { name: cs.nav.risk }).isVisible()).toBe(true);
    const opened = await boxes(parts(phone));
    for (const [i, a] of opened.entries()) {
      expect(a.x + a.width).toBeLessThanOrEqual(390);
      for (const b of opened.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    }
  });
});

describe("a member keeps their firm's profile", () => {
  it('adds a contact person with consent and claims a supplier; a visitor sees neither the person nor an edit button', async () => {
    const [firm, supplier] = [await firstFirm('DE'), await firstFirm('CZ')];
    const supplierProfile = await api<Firm>(`/api/firms/${supplier.id}`);
    const product = supplierProfile.relations.find((r) => r.type === 'OFFERS' && r.direction === 'out')!.other;
    const member = await createAccount(server.db.runner, 'member', [firm.id]);
    const page = await browser.page();
    await signInThroughPage(page, member.email);

    // "My firm" in the account menu leads to the profile, which the member may edit.
    await page.getByRole('button', { name: 'Konto: Test member' }).click();
    await page.getByText('Firmenmitglied').waitFor();
    await page.getByRole('link', { name: firm.name }).click();
    await page.getByRole('heading', { level: 1, name: firm.name }).waitFor();
    await page.getByRole('button', { name: 'Bearbeiten' }).waitFor();

    await page.getByRole('button', { name: 'Kontaktperson hinzufügen' }).click();
    await page.getByRole('textbox', { name: 'Name *' }).fill('Jana Richter');
    await page.getByRole('textbox', { name: 'E-Mail' }).fill('jana.richter@firma.example');
    await page.getByRole('checkbox', { name: 'Tschechisch' }).check();
    await page.getByRole('radio', { name: 'angemeldete Mitglieder' }).check();
    const added = page.waitForResponse((r) => r.url().endsWith('/api/contacts') && r.request().method() === 'POST', settle);
    await page.getByRole('button', { name: 'Speichern' }).click();
    expect((await added).status()).toBe(201);
    const card = page.getByRole('listitem').filter({ hasText: 'Jana Richter' });
    await card.getByText('Sichtbar für: angemeldete Mitglieder').waitFor(settle);
    expect(await card.getByText('Spricht: Tschechisch').count()).toBe(1);

    await page.getByRole('button', { name: 'Lieferanten eintragen' }).click();
    await page.getByRole('combobox', { name: 'Lieferant', exact: true }).fill(supplier.name);
    await page.getByRole('listbox', { name: 'Lieferant' }).getByRole('option').filter({ hasText: supplier.name }).first().click();
    await page.getByRole('combobox', { name: 'Produkt', exact: true }).fill(product.nameDe ?? product.name);
    await page.getByRole('listbox', { name: 'Produkt' }).getByRole('option').first().click();
    await page.getByRole('button', { name: 'Eintragen' }).click();
    const claim = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: supplier.name }) }).filter({ hasText: 'von einer Seite gemeldet' });
    await claim.first().waitFor(settle);
    const stored = (await api<Firm>(`/api/firms/${firm.id}`)).relations.filter((r) => r.type === 'SUPPLIES' && r.direction === 'in' && r.other.id === supplier.id);
    expect(stored.map((r) => r.properties)).toContainEqual(expect.objectContaining({ standing: 'claimed', source: 'user' }));

    const visitor = await browser.page();
    await visitor.goto(`${server.url}/de/firm/${firm.id}`);
    await visitor.getByRole('heading', { level: 1, name: firm.name }).waitFor();
    await visitor.getByRole('link', { name: 'Anmelden' }).waitFor();
    expect(await visitor.getByText('Jana Richter').count()).toBe(0);
    expect(await visitor.getByRole('heading', { name: 'Kontaktpersonen' }).count()).toBe(0);
    expect(await visitor.getByRole('button', { name: 'Bearbeiten' }).count()).toBe(0);
    expect(await visitor.getByRole('button', { name: 'Lieferanten eintragen' }).count()).toBe(0);

    // A member of another firm sees the person (consent: members), without the means to change them.
    const other = await createAccount(server.db.runner, 'member', [supplier.id]);
    const colleague = await browser.page();
    await signInThroughPage(colleague, other.email);
    await colleague.goto(`${server.url}/de/firm/${firm.id}`);
    await colleague.getByText('Jana Richter').waitFor(settle);
    expect(await colleague.getByRole('button', { name: 'Kontaktperson hinzufügen' }).count()).toBe(0);
  }, 180_000);
});

describe('a draft', () => {
  it('is held back by a member: visitors no longer find the firm, until the member publishes it again', async () => {
    const firm = (await api<{ items: Named[] }>('/api/search?kind=firm&country=CZ&limit=1&offset=6')).items[0]!;
    const member = await createAccount(server.db.runner, 'member', [firm.id]);
    const page = await browser.page(1280, 800, 'cs-CZ');
    await signInThroughPage(page, member.email);
    await page.goto(`${server.url}/cs/firm/${firm.id}`);
    const publication = page.getByRole('region', { name: cs.publication.label });
    await publication.getByText(cs.publication.published, { exact: true }).waitFor(settle);

    await publication.getByRole('button', { name: cs.publication.holdBack }).click();
    await publication.getByText(cs.publication.draft, { exact: true }).waitFor(settle);
    expect(await page.getByRole('heading', { level: 1 }).locator('..').getByText(cs.publication.draft, { exact: true }).count()).toBe(1);
    expect((await fetch(`${server.url}/api/firms/${firm.id}`)).status).toBe(404);
    const found = await api<{ items: Named[] }>(`/api/search?q=${encodeURIComponent(firm.name)}&kind=firm`);
    expect(found.items.map((f) => f.id)).not.toContain(firm.id);

    await publication.getByRole('button', { name: cs.publication.publish }).click();
    await publication.getByText(cs.publication.published, { exact: true }).waitFor(settle);
    expect((await fetch(`${server.url}/api/firms/${firm.id}`)).status).toBe(200);
  }, 120_000);
});

describe('the change log', () => {
  it("shows staff a firm's changes in Czech, refuses to undo one that a newer change overwrote, and undoes the newest", async () => {
    const firm = await firstFirm('CZ');
    const staff = await createAccount(server.db.runner, 'staff');
    const page = await browser.page(1280, 800, 'cs-CZ');
    await write(page, staff.email, 'PATCH', `/api/firms/${firm.id}`, { employees: 111 });
    await write(page, staff.email, 'PATCH', `/api/firms/${firm.id}`, { employees: 222 });

    await page.goto(`${server.url}/cs/firm/${firm.id}`);
    await page.getByRole('link', { name: cs.audit.open }).click();
    await page.getByRole('heading', { name: `Protokol změn: ${firm.name}` }).waitFor(settle);
    const entries = page.getByRole('listitem').filter({ has: page.getByRole('cell', { name: cs.fields.employees }) });
    const [newest, older] = [entries.nth(0), entries.nth(1)];
    expect(await newest.getByRole('row').nth(1).textContent()).toBe(`${cs.fields.employees}111222`);

    await older.getByRole('button', { name: 'Vrátit zpět' }).click();
    await older.getByRole('alert').getByText('Nevráceno: Tuto změnu už nelze vrátit: novější změna se týká stejných údajů.').waitFor(settle);
    expect((await api<Firm>(`/api/firms/${firm.id}`)).employees).toBe(222);

    await newest.getByRole('button', { name: 'Vrátit zpět' }).click();
    await page.getByRole('status').getByText('Změna byla vrácena zpět.').waitFor(settle);
    expect((await api<Firm>(`/api/firms/${firm.id}`)).employees).toBe(111);
  }, 120_000);
});

describe('from an invitation to a confirmed supply link', () => {
  it("staff invite a firm member, who accepts, edits the firm, adds a contact and claims a supplier; the supplier's member confirms it; a visitor sees the link confirmed and never the contact", async () => {
    const nth = async (country: 'DE' | 'CZ') => (await api<{ items: Named[] }>(`/api/search?kind=firm&country=${country}&limit=1&offset=3`)).items[0]!;
    const [firm, supplier] = [await nth('DE'), await nth('CZ')];
    const product = (await api<Firm>(`/api/firms/${supplier.id}`)).relations.find((r) => r.type === 'OFFERS' && r.direction === 'out')!.other;
    const email = `eva.neumann-${Date.now()}@firma.example`;

    // Staff invite, and copy the link (no SMTP_URL here: nothing is e-mailed).
    const staff = await createAccount(server.db.runner, 'staff');
    const office = await browser.page();
    await signInThroughPage(office, staff.email);
    await office.goto(`${server.url}/de/invitations`);
    await office.getByRole('textbox', { name: 'E-Mail-Adresse *' }).fill(email);
    await office.getByRole('combobox', { name: 'Firma hinzufügen' }).fill(firm.name);
    await office.getByRole('listbox', { name: 'Firma hinzufügen' }).getByRole('option').filter({ hasText: firm.name }).first().click();
    await office.getByRole('button', { name: 'Einladen' }).click();
    await office.getByText(`Einladung für ${email} angelegt.`).waitFor(settle);
    await office.getByText('Es wurde keine E-Mail versendet').waitFor();
    const link = new URL(await office.getByRole('textbox', { name: 'Link der Einladung' }).inputValue());
    expect(link.pathname).toBe('/de/invitation');
    await office.getByRole('listitem').filter({ hasText: email }).waitFor();

    // The invited person accepts, is signed in and lands on their firm.
    const member = await browser.page();
    await member.goto(`${server.url}${link.pathname}${link.hash}`);
    await member.getByText(`Ihre E-Mail-Adresse ist ${email}`).waitFor(settle);
    await member.getByLabel('Name', { exact: true }).fill('Eva Neumann');
    await member.getByLabel('Neues Passwort', { exact: true }).fill(testPassword);
    await member.getByLabel('Neues Passwort wiederholen').fill(testPassword);
    await member.getByRole('button', { name: 'Konto anlegen' }).click();
    await member.getByRole('heading', { level: 1, name: firm.name }).waitFor(settle);
    await member.getByRole('button', { name: 'Konto: Eva Neumann' }).waitFor();

    await member.getByRole('button', { name: 'Bearbeiten' }).click();
    await member.getByLabel('Beschäftigte', { exact: true }).fill('77');
    await member.getByRole('button', { name: 'Speichern' }).click();
    await member.getByRole('status').filter({ hasText: 'Gespeichert.' }).waitFor(settle);
    expect((await api<Firm>(`/api/firms/${firm.id}`)).employees).toBe(77);

    await member.getByRole('button', { name: 'Kontaktperson hinzufügen' }).click();
    await member.getByRole('textbox', { name: 'Name *' }).fill('Tomáš Beran');
    await member.getByRole('textbox', { name: 'Telefon' }).fill('+420 475 123 456');
    await member.getByRole('button', { name: 'Speichern' }).click();
    await member.getByRole('listitem').filter({ hasText: 'Tomáš Beran' }).getByText('Sichtbar für: nur das Projektteam').waitFor(settle);

    await member.getByRole('button', { name: 'Lieferanten eintragen' }).click();
    await member.getByRole('combobox', { name: 'Lieferant', exact: true }).fill(supplier.name);
    await member.getByRole('listbox', { name: 'Lieferant' }).getByRole('option').filter({ hasText: supplier.name }).first().click();
    await member.getByRole('combobox', { name: 'Produkt', exact: true }).fill(product.nameDe ?? product.name);
    await member.getByRole('listbox', { name: 'Produkt' }).getByRole('option').filter({ hasText: product.nameDe ?? product.name }).first().click();
    await member.getByRole('button', { name: 'Eintragen' }).click();
    const linkItem = (page: Page) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: supplier.name }) });
    await linkItem(member).filter({ hasText: 'von einer Seite gemeldet' }).first().waitFor(settle);

    // The supplier's member finds the claim in the inbox (counted in the account menu) and confirms it.
    const other = await createAccount(server.db.runner, 'member', [supplier.id]);
    const supplierPage = await browser.page();
    await signInThroughPage(supplierPage, other.email);
    await supplierPage.getByRole('button', { name: 'Konto: Test member' }).click();
    await supplierPage.getByRole('link', { name: /^Posteingang \(\d+\)$/ }).click();
    const claim = supplierPage.getByRole('listitem').filter({ hasText: `${supplier.name} liefert` }).filter({ hasText: firm.name });
    await claim.getByRole('button', { name: 'Bestätigen' }).click();
    await claim.getByRole('status').getByText('Bestätigt.').waitFor(settle);

    // A visitor sees the link as confirmed, and never the contact person.
    const visitor = await browser.page();
    await visitor.goto(`${server.url}/de/firm/${firm.id}`);
    await visitor.getByRole('heading', { level: 1, name: firm.name }).waitFor();
    await linkItem(visitor).filter({ hasText: /bestätigt seit \d/ }).first().waitFor(settle);
    expect(await visitor.getByText('Tomáš Beran').count()).toBe(0);
    expect(await visitor.getByRole('heading', { name: 'Kontaktpersonen' }).count()).toBe(0);
  }, 240_000);
});
