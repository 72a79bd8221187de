// A cooperation exchange from start to end in a real browser over the real API and the demo data:
// staff create the event; a German and a Czech firm register, one asks for a meeting and the other
// accepts; staff build the timetable; the Czech participant downloads the agenda as PDF and .ics;
// the outcome "supplier relationship started" appears as a claimed link on both profiles.
// Screenshots in German and Czech (and 390 px wide) go to screenshots/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import cs from '../../web/src/lib/i18n/cs';
import de from '../../web/src/lib/i18n/de';
import { createAccount, testPassword } from '../setup/accounts';
import { useBrowser } from '../setup/browser';
import { demoApp } from '../setup/e2e-server';

const server = demoApp();
const browser = useBrowser();
const settle = { timeout: 60_000 };
mkdirSync('screenshots', { recursive: true });

interface Named {
  id: string;
  name: string;
  nameDe?: string | null;
  nameCs?: string | null;
}
interface Firm extends Named {
  relations: { type: string; direction: string; other: Named & { kind: string }; properties: Record<string, unknown> }[];
}

const api = async <T>(path: string): Promise<T> => (await fetch(`${server.url}${path}`)).json() as Promise<T>;
const firm = (id: string) => api<Firm>(`/api/firms/${encodeURIComponent(id)}`);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A Czech firm with an offer, and a German firm with no link to it yet: the outcome's link is new. */
async function twoFirms() {
  const czech = (await api<{ items: Named[] }>('/api/search?kind=firm&country=CZ&limit=20')).items;
  const german = (await api<{ items: Named[] }>('/api/search?kind=firm&country=DE&limit=20')).items;
  for (const candidate of czech) {
    const profile = await firm(candidate.id);
    const offer = profile.relations.find((r) => r.type === 'OFFERS' && r.direction === 'out')?.other;
    const partner = german.find((g) => !profile.relations.some((r) => r.other.id === g.id));
    if (offer && partner) return { cz: profile, de: await firm(partner.id), product: offer };
  }
  throw new Error('e2e: the demo data has no Czech firm with an offer');
}

async function signIn(page: Page, lang: 'de' | 'cs', email: string) {
  const texts = lang === 'de' ? de : cs;
  await page.goto(`${server.url}/${lang}/sign-in`);
  await page.getByLabel(texts.account.email).fill(email);
  await page.getByLabel(texts.account.password).fill(testPassword);
  await page.getByRole('button', { name: texts.account.signIn }).click();
  await page.waitForURL(`${server.url}/${lang}`);
}

/** Downloads one file of the event's Export menu and returns where Playwright saved it. */
async function exportFile(page: Page, file: string) {
  // The menu stays open after a download; open it only when it is closed.
  const menu = page.locator('details.export-menu');
  if (!(await menu.evaluate((details) => (details as HTMLDetailsElement).open))) await page.getByText(cs.exports.menu, { exact: true }).click();
  await page.getByLabel(cs.events.file).selectOption({ label: file });
  const download = page.waitForEvent('download', settle);
  await page.getByRole('button', { name: cs.exports.download }).click();
  return (await (await download).path())!;
}

describe('a cooperation exchange', () => {
  it('runs from its creation to a claimed supplier link on both profiles', async () => {
    const { cz: czFirm, de: deFirm, product } = await twoFirms();
    const staff = await createAccount(server.db.runner, 'staff');
    const czMember = await createAccount(server.db.runner, 'member', [czFirm.id]);
    const deMember = await createAccount(server.db.runner, 'member', [deFirm.id]);
    // Today, so that it is open for registration and its outcomes can be recorded at once.
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
    const name = `Kooperationsbörse Test ${Date.now()}`;

    // Staff create the event: three 20-minute slots at two tables.
    const organiser = await browser.page(1280, 900, 'de-DE');
    await signIn(organiser, 'de', staff.email);
    await organiser.goto(`${server.url}/de/events`);
    await organiser.getByRole('button', { name: de.events.create }).click();
    await organiser.getByLabel(de.fields.name, { exact: true }).fill(name);
    await organiser.getByLabel(de.fields.date, { exact: true }).fill(today);
    await organiser.getByLabel(de.events.startTime, { exact: true }).fill('09:00');
    await organiser.getByLabel(de.events.endTime, { exact: true }).fill('10:00');
    await organiser.getByLabel(de.fields.town, { exact: true }).fill('Zittau');
    await organiser.getByLabel(de.fields.tables, { exact: true }).fill('2');
    await organiser.getByRole('button', { name: de.events.createSubmit, exact: true }).click();
    await organiser.getByRole('heading', { level: 1, name }).waitFor(settle);
    const eventId = decodeURIComponent(new URL(organiser.url()).pathname.split('/').pop()!);
    const eventUrl = (lang: string, tab = 'overview') => `${server.url}/${lang}/events/${encodeURIComponent(eventId)}?tab=${tab}`;
    expect(await api(`/api/events/${encodeURIComponent(eventId)}/details`)).toMatchObject({ name, date: today, slots: 3, tables: 2, slotMinutes: 20 });

    // Both firms register with what their profiles offer and need.
    const czPage = await browser.page(1280, 900, 'cs-CZ');
    await signIn(czPage, 'cs', czMember.email);
    await czPage.goto(eventUrl('cs', 'register'));
    await czPage.getByRole('checkbox', { name: product.nameCs ?? product.name, exact: true }).waitFor(settle);
    const registered = czPage.waitForResponse((r) => r.url().endsWith('/registrations') && r.request().method() === 'POST', settle);
    await czPage.getByRole('button', { name: cs.events.register, exact: true }).click();
    const answer = await registered;
    expect(answer.status(), await answer.text()).toBe(200);
    await czPage.getByRole('status').filter({ hasText: cs.events.registrationSaved }).waitFor(settle);

    const dePage = await browser.page(1280, 900, 'de-DE');
    await signIn(dePage, 'de', deMember.email);
    await dePage.goto(eventUrl('de', 'register'));
    await dePage.getByRole('heading', { name: `Anmeldung für ${deFirm.name}` }).waitFor(settle);
    await dePage.getByRole('button', { name: de.events.register, exact: true }).click();
    await dePage.getByRole('status').filter({ hasText: de.events.registrationSaved }).waitFor(settle);

    // The German firm finds the Czech one among the participants across the border and asks for a meeting.
    await dePage.goto(eventUrl('de', 'participants'));
    await dePage.getByRole('checkbox', { name: de.events.crossBorderOnly }).check();
    const card = dePage.getByRole('article', { name: czFirm.name, exact: true });
    await card.getByRole('button', { name: `Gespräch mit ${czFirm.nameDe ?? czFirm.name} anfragen` }).click(settle);
    await card.getByRole('textbox').fill('Wir suchen einen zweiten Lieferanten.');
    await card.getByRole('button', { name: de.events.sendRequest }).click();
    await card.getByText(de.events.requestSent).waitFor(settle);
    await dePage.screenshot({ path: 'screenshots/event-participants-de.png', fullPage: true });

    // The Czech firm accepts.
    await czPage.goto(eventUrl('cs', 'meetings'));
    await czPage.getByText('Wir suchen einen zweiten Lieferanten.').waitFor(settle);
    await czPage.getByRole('button', { name: cs.events.accept }).click();
    await czPage.getByRole('heading', { name: 'Domluvená jednání (1)' }).waitFor(settle);

    // Staff build the timetable: the one accepted meeting is placed.
    await organiser.goto(eventUrl('de', 'timetable'));
    await organiser.getByRole('button', { name: de.events.build }).click();
    await organiser.getByRole('status').filter({ hasText: 'Eingeplant: 1, ohne Platz: 0.' }).waitFor(settle);
    await organiser.getByRole('cell', { name: `${deFirm.name} – ${czFirm.nameDe ?? czFirm.name}` }).or(organiser.getByRole('cell', { name: `${czFirm.nameDe ?? czFirm.name} – ${deFirm.name}` })).first().waitFor(settle);
    await organiser.screenshot({ path: 'screenshots/event-timetable-de.png', fullPage: true });

    // The Czech participant's agenda, as PDF in Czech and as a calendar file.
    await czPage.goto(eventUrl('cs', 'timetable'));
    const slot = czPage.getByRole('row').filter({ hasText: deFirm.name });
    await slot.waitFor(settle);
    const time = (await slot.getByRole('cell').first().textContent())!.slice(0, 5);
    expect(['09:00', '09:20', '09:40']).toContain(time);
    await czPage.screenshot({ path: 'screenshots/event-agenda-cs.png', fullPage: true });
    const pdf = await exportFile(czPage, cs.events.files.agendaPdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(`Vaše jednání: ${czFirm.nameCs ?? czFirm.name}`);
    expect(text).toMatch(new RegExp(`${time} [12] ${escape(deFirm.name)} DE`));
    const ics = readFileSync(await exportFile(czPage, cs.events.files.agendaIcs), 'utf8').replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`SUMMARY:Jednání: ${deFirm.name}`);
    // Central European time in winter and summer: the event's local time less one or two hours.
    const [hours, minutes] = time.split(':').map(Number) as [number, number];
    const utc = [hours - 1, hours - 2].map((h) => `DTSTART:${today.replaceAll('-', '')}T${String(h).padStart(2, '0')}${String(minutes).padStart(2, '0')}00Z`);
    expect(utc.some((line) => ics.includes(line)), ics).toBe(true);

    // The German firm records that a supplier relationship started: the Czech firm supplies the product.
    await dePage.goto(eventUrl('de', 'meetings'));
    const outcome = dePage.getByRole('form', { name: de.events.recordOutcome });
    await outcome.getByLabel(de.events.outcome, { exact: true }).selectOption({ label: de.events.outcomes.supplier });
    await outcome.getByRole('radio', { name: czFirm.nameDe ?? czFirm.name, exact: true }).check();
    await outcome.getByLabel(de.links.product, { exact: true }).selectOption({ label: product.nameDe ?? product.name });
    await outcome.getByRole('button', { name: de.events.saveOutcome }).click();
    await dePage.getByText(`${de.events.held} · ${de.events.outcomes.supplier}`).waitFor(settle);

    // Both profiles show the claimed link, met at the event.
    for (const [profile, other, lang] of [[deFirm, czFirm, 'de'], [czFirm, deFirm, 'cs']] as const) {
      const page = lang === 'de' ? dePage : czPage;
      await page.goto(`${server.url}/${lang}/firm/${encodeURIComponent(profile.id)}`);
      await page.getByRole('heading', { level: 1 }).waitFor(settle);
      const showAll = page.getByRole('button', { name: (lang === 'de' ? de : cs).profile.showAll.split(' (')[0] });
      for (const button of await showAll.all()) await button.click();
      const link = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: lang === 'de' ? (other.nameDe ?? other.name) : (other.nameCs ?? other.name), exact: true }) });
      const claimed = (lang === 'de' ? de : cs).standing.claimed;
      const metAt = lang === 'de' ? `Kennengelernt bei: ${name}` : `Seznámení na akci: ${name}`;
      await link.filter({ hasText: metAt }).filter({ hasText: claimed }).first().waitFor(settle);
    }
    const stored = (await firm(deFirm.id)).relations.find((r) => r.type === 'SUPPLIES' && r.direction === 'in' && r.other.id === czFirm.id && r.properties.product === product.id);
    expect(stored?.properties).toMatchObject({ source: 'event', sourceRef: eventId, standing: 'claimed' });

    // The event's page in both languages, and on a phone.
    await czPage.goto(eventUrl('cs'));
    await czPage.getByRole('heading', { level: 1, name }).waitFor(settle);
    await czPage.screenshot({ path: 'screenshots/event-cs.png', fullPage: true });
    const phone = await browser.page(390, 844, 'de-DE');
    await signIn(phone, 'de', deMember.email);
    await phone.goto(eventUrl('de', 'meetings'));
    await phone.getByText(`${de.events.held} · ${de.events.outcomes.supplier}`).waitFor(settle);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: 'screenshots/event-meetings-de-390.png', fullPage: true });
  }, 600_000);
});
