// `juisteplek serve`: open the database (loading the bundle on first start) and serve app and API.
import { openApp } from '../app/context.ts';
import type { Config } from '../config.ts';
import { buildServer } from '../server/app.ts';

export class PortInUseError extends Error {}

export async function serve(config: Config): Promise<void> {
  const started = Date.now();
  const app = await openApp(config, { log: (line) => console.log(line) });
  const server = await buildServer(app);
  try {
    await server.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`poort ${config.port} is al in gebruik; kies een andere met PORT=…`);
    }
    throw error;
  }
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const where = config.databaseUrl ? 'PostgreSQL' : `ingebouwde database in ${config.dataDir}`;
  console.log(
    `Juiste Plek draait op http://localhost:${port} (${where}; klaar in ${Date.now() - started} ms)`,
  );
  const stop = async () => {
    await server.close();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
