// The prelude that several commands share: open the app without the open-data bundle, run the work, close it.
import { ServiceError } from '../access/errors.ts';
import { type AppContext, openApp } from '../app/context.ts';
import { type Config, configFromEnv } from '../config.ts';
import { UsageError } from './usage.ts';

/** Runs `work` on an opened app and closes it; a service's 'invalid' or 'not-found' becomes a usage error (exit 2). */
export async function withApp<T>(
  work: (app: AppContext) => Promise<T>,
  config: Config = configFromEnv(),
): Promise<T> {
  const app = await openApp(config, { loadData: false });
  try {
    return await work(app);
  } catch (error) {
    if (error instanceof ServiceError && (error.kind === 'invalid' || error.kind === 'not-found'))
      throw new UsageError(error.message);
    throw error;
  } finally {
    await app.close();
  }
}
