/** `npm run server -- [--host H] [--port P] [--db FILE]` (env HOST, PORT, CONTACTS_DB): starts only the server. */
import { ConfigError, readConfig } from './config';
import { runServer, StartupError } from './run-server';

try {
  const config = readConfig(process.argv.slice(2), process.env);
  await runServer(config, (line) => process.stdout.write(`${line}\n`));
} catch (error) {
  if (error instanceof ConfigError || error instanceof StartupError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
