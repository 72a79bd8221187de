// `npm run user`: an account made on the command line (password from stdin) signs in; `demo` makes
// staff and members of a German and a Czech firm whose printed passwords sign in; a short password
// or an unknown firm is refused with a line saying why and no account made.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { AccountsRepository } from '../../server/src/plugins/app/accounts-repository';
import { importDataset } from '../../seed/src/import';
import type { Dataset } from '../../seed/src/dataset';
import { signIn } from '../setup/accounts';
import { testDatabase } from '../setup/database';

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;

const fixture: Dataset = {
  nodes: {
    Firm: [
      { id: 'F-DE1', props: { name: 'Erzgebirge Feinguss GmbH', size: 'small', country: 'DE' } },
      { id: 'F-CZ1', props: { name: 'Krušné hory Slévárna s.r.o.', size: 'small', country: 'CZ' } },
    ],
    Product: [{ id: 'P-GUSS', props: { name: 'Gussteile', code: '24.5', codeSystem: 'CPA', category: '24.5' } }],
  },
  rels: { SUPPLIES: [{ from: 'F-CZ1', to: 'F-DE1', props: { product: 'P-GUSS' } }] },
};

function user(args: string[], stdin = '') {
  const { uri, user, password } = inject('neo4j');
  const result = spawnSync('npx', ['tsx', 'server/src/cli/user.ts', ...args], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(async () => {
  await db.reset();
  await importDataset(db.runner, fixture);
  app = await buildApp({ driver: db.driver });
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('npm run user', () => {
  it('adds an admin with the password from stdin, who can then sign in', async () => {
    const result = user(['add', '--role', 'admin', '--email', 'Anna.Schmidt@wfs.example', '--name', 'Anna Schmidt'], 'a password from stdin\n');
    expect(result.status, result.err).toBe(0);
    expect(result.out).toMatch(/Created admin anna\.schmidt@wfs\.example/);
    const session = await signIn(app, 'anna.schmidt@wfs.example', 'a password from stdin');
    expect(session.status).toBe(200);
  });

  it('refuses a short password and an unknown firm, making no account', async () => {
    const short = user(['add', '--role', 'member', '--email', 'kurz@firma.example', '--firm', 'F-DE1'], 'short\n');
    expect(short.status).toBe(1);
    expect(short.err).toMatch(/at least 12/);
    const unknown = user(['add', '--role', 'member', '--email', 'kein@firma.example', '--firm', 'F-NOPE'], 'a long enough password\n');
    expect(unknown.status).toBe(1);
    expect(unknown.err).toMatch(/F-NOPE/);
    const emails = (await new AccountsRepository(db.runner).listUsers()).map((u) => u.email);
    expect(emails).not.toContain('kurz@firma.example');
    expect(emails).not.toContain('kein@firma.example');
  });

  it('makes the demo accounts, one member on each side of the border, with passwords printed once', async () => {
    const result = user(['demo']);
    expect(result.status, result.err).toBe(0);
    const lines = [...result.out.matchAll(/^\s+(member|staff)\s+(\S+@demo\.example)\s+(\S+)(?: of (.*))?$/gm)];
    expect(lines.map((line) => [line[1], line[2]])).toEqual([
      ['staff', 'staff@demo.example'],
      ['member', 'member.de@demo.example'],
      ['member', 'member.cz@demo.example'],
    ]);
    expect(lines[1]![4]).toContain('F-DE1');
    expect(lines[2]![4]).toContain('F-CZ1');
    for (const line of lines) {
      const session = await signIn(app, line[2]!, line[3]!);
      expect(session.status).toBe(200);
    }
    const memberCz = (await signIn(app, 'member.cz@demo.example', lines[2]![3]!)) as { status: number; cookie: string };
    const me = (await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: memberCz.cookie } })).json();
    expect(me.user).toMatchObject({ role: 'member', firmIds: ['F-CZ1'] });
  });
});
