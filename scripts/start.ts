/**
 * `npm start` (issue 3): builds the Chrome extension, then starts the directory server on 127.0.0.1:8787 and says
 * where to load the extension from. On the very first start the server also prints a new admin token, once.
 * Flags and environment are the server's: `npm start -- --port 9000`, PORT, HOST, CONTACTS_DB.
 */
import { spawn } from 'node:child_process';
import { ConfigError, readConfig } from '../server/config';
import { runServer, StartupError } from '../server/run-server';

function build(): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['wxt', 'build'], { stdio: 'inherit' });
    child.on('error', () => resolve(null));
    child.on('exit', (code) => resolve(code));
  });
}

try {
  const config = readConfig(process.argv.slice(2), process.env);
  process.stdout.write('Building the extension (wxt build)…\n');
  const code = await build();
  if (code !== 0) {
    process.stderr.write(`error: the extension build failed (exit ${code ?? 'not started'}); see the output above. Run "npm install" if dependencies are missing.\n`);
    process.exit(1);
  }
  await runServer(config, (text) => process.stdout.write(`${text}\n`));
  process.stdout.write('Load the extension from .output/chrome-mv3 (chrome://extensions → Developer mode → Load unpacked).\n');
} catch (error) {
  if (error instanceof ConfigError || error instanceof StartupError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
