// The `vpp` command: start, migrate, seed (server-commands.ts), and the client commands that
// drive a running vpp (cli-client/), which load none of the server.
import { ConfigError, HELP, parseCommandLine } from './config.js';
import { isClientCommand, runClientCommand } from './cli-client/commands.js';

function fail(message: string, code = 1): never {
  process.stderr.write(`vpp: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  // Commands that drive a running vpp are a client of its simulation API.
  const first = process.argv.slice(2).find((a) => !a.startsWith('-'));
  if (isClientCommand(first) && !process.argv.includes('--help') && !process.argv.includes('-h')) {
    process.exitCode = await runClientCommand(process.argv.slice(2));
    return;
  }
  let parsed;
  try {
    parsed = parseCommandLine(process.argv.slice(2));
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message, 2);
    throw err;
  }
  if (parsed.help) {
    process.stdout.write(HELP);
    return;
  }
  const { start, migrateOnly, seedOnly, EXPECTED } = await import('./server-commands.js');
  try {
    if (parsed.command === 'start') await start(parsed.config);
    else if (parsed.command === 'migrate') await migrateOnly(parsed.config);
    else if (parsed.command === 'seed') await seedOnly(parsed.config);
  } catch (err) {
    if (EXPECTED.some((E) => err instanceof E)) fail((err as Error).message);
    throw err;
  }
}

await main();

