// `npm run user -- <command>`: accounts on the command line.
//   add --role admin|staff|member --email E [--name N] [--firm ID ...] [--language de|cs|en]
//                 a new account; the password is read from the terminal (hidden, twice) or from stdin
//   password --email E   a new password for an account (read the same way); ends its sessions
//   list                 every account with its role and firms
//   demo                 a staff member and members of two demo firms (one German, one Czech) with
//                        generated passwords, printed once; run again, it gives them new passwords
// Connects like the server: NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD) if set, else the local Neo4j
// (stop `npm start` first: the local store admits one process at a time).
import { parseArgs } from 'node:util';
import { MissingToolError } from '../../../neo4j/local-neo4j';
import { ApiError } from '../errors';
import { connectDatabase, waitForDatabase } from '../graph/database';
import { QueryRunner } from '../graph/runner';
import { applySchema } from '../graph/schema';
import { roles, type Role } from '../auth/roles';
import { newPassword } from '../auth/secrets';
import { AccountsRepository, normaliseEmail, type Language } from '../plugins/app/accounts-repository';

const usage = `Usage:
  npm run user -- add --role admin|staff|member --email E [--name N] [--firm ID ...] [--language de|cs|en]
  npm run user -- password --email E
  npm run user -- list
  npm run user -- demo
The password is read from the terminal, or from stdin: echo "$PASSWORD" | npm run user -- add ...`;

class UsageError extends Error {}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        role: { type: 'string' },
        email: { type: 'string' },
        name: { type: 'string' },
        firm: { type: 'string', multiple: true },
        language: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Reads a line from the terminal without echoing it. */
function readHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish(), resolve(value);
        if (char === '\u0003' || char === '\u0004') return finish(), reject(new UsageError('Cancelled.'));
        value = char === '\u007f' || char === '\b' ? [...value].slice(0, -1).join('') : value + char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readStdinLine();
  const first = await readHidden('Password (at least 12 characters): ');
  const second = await readHidden('Once more: ');
  if (first !== second) throw new UsageError('The two passwords differ.');
  return first;
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new UsageError(`--${name} is missing.`);
  return value;
}

function language(value: string | undefined): Language {
  if (value === undefined) return 'de';
  if (value === 'de' || value === 'cs' || value === 'en') return value;
  throw new UsageError(`--language must be de, cs or en, not "${value}".`);
}

function role(value: string | undefined): Role {
  const given = required(value, 'role');
  if (!(roles as readonly string[]).includes(given)) throw new UsageError(`--role must be one of ${roles.join(', ')}, not "${given}".`);
  return given as Role;
}

const cliFields = { email: '--email', password: 'the password', firmIds: '--firm' };

async function demoAccounts(accounts: AccountsRepository): Promise<void> {
  const firms = await accounts.demoFirms();
  if (!firms) throw new UsageError('The database holds no demo firms; start the app once (npm start) or run npm run seed.');
  const people = [
    { email: 'staff@demo.example', name: 'Demo Staff', role: 'staff' as const, firm: null, language: 'de' as const },
    { email: 'member.de@demo.example', name: 'Demo Mitglied', role: 'member' as const, firm: firms.de, language: 'de' as const },
    { email: 'member.cz@demo.example', name: 'Demo Člen', role: 'member' as const, firm: firms.cz, language: 'cs' as const },
  ];
  console.log('Demo accounts (the passwords are shown this once):');
  for (const person of people) {
    const password = newPassword();
    const existing = await accounts.findByEmail(person.email);
    if (existing) await accounts.setPassword(existing.id, password, cliFields.password);
    else {
      await accounts.createUser({ ...person, password, firmIds: person.firm ? [person.firm.id] : [] }, cliFields);
    }
    const of = person.firm ? ` of ${person.firm.name} (${person.firm.id})` : '';
    console.log(`  ${person.role.padEnd(6)} ${person.email.padEnd(24)} ${password}${of}`);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parse();
  const command = positionals[0];
  if (values.help || !command) {
    console.log(usage);
    return;
  }
  if (!['add', 'password', 'list', 'demo'].includes(command)) throw new UsageError(`Unknown command "${command}".`);
  // Read the password before the database starts, so the prompt is not mixed with its output.
  const email = command === 'add' || command === 'password' ? required(values.email, 'email') : '';
  const newRole = command === 'add' ? role(values.role) : 'member';
  const lang = language(values.language);
  const password = command === 'add' || command === 'password' ? await readPassword() : '';

  const db = await connectDatabase({ shareRunning: true, local: { log: (line) => console.error(line) } });
  try {
    await waitForDatabase(db.driver);
    const runner = new QueryRunner(db.driver);
    await applySchema(runner);
    const accounts = new AccountsRepository(runner);
    if (command === 'add') {
      const name = values.name ?? email.split('@')[0]!;
      const id = await accounts.createUser({ email, name, role: newRole, password, firmIds: values.firm ?? [], language: lang }, cliFields);
      console.log(`Created ${newRole} ${normaliseEmail(email)} (${id}).`);
    } else if (command === 'password') {
      const account = await accounts.findByEmail(email);
      if (!account) throw new UsageError(`No account has the e-mail address ${email}.`);
      await accounts.setPassword(account.id, password, cliFields.password);
      console.log(`New password set for ${email}; its sessions have ended.`);
    } else if (command === 'list') {
      for (const user of await accounts.listUsers()) {
        const firms = user.firms.map((firm) => `${firm.name} (${firm.id})`).join(', ');
        console.log(`${user.role.padEnd(6)} ${user.email}  ${user.name}${firms ? `  — ${firms}` : ''}`);
      }
    } else {
      await demoAccounts(accounts);
    }
  } finally {
    await db.close();
  }
}

try {
  await main();
} catch (error) {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${usage}`);
  else if (error instanceof ApiError) console.error(`${error.message}${error.field ? ` (${error.field})` : ''}`);
  else console.error(error instanceof MissingToolError ? error.message : error);
  process.exit(1);
}
