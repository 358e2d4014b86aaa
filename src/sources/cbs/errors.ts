// One error type for everything that can go wrong talking to CBS, with the text in Dutch first (users read it)
// and English second (logs and issues), so the CLI can show it as is.

export type CbsErrorKind = 'not-found' | 'client' | 'server' | 'network' | 'timeout' | 'malformed';

export class CbsError extends Error {
  override readonly name = 'CbsError';

  constructor(
    readonly kind: CbsErrorKind,
    /** HTTP status, or null when no response came (network error, timeout). */
    readonly status: number | null,
    readonly url: string,
    readonly messageNl: string,
    readonly messageEn: string,
  ) {
    super(`${messageNl} / ${messageEn}`);
  }
}

export function notFoundError(tableId: string, url: string): CbsError {
  return new CbsError(
    'not-found',
    404,
    url,
    `Tabel ${tableId} bestaat niet bij CBS (404)`,
    `Table ${tableId} does not exist at CBS (404)`,
  );
}

export function clientError(status: number, url: string, reason: string | null = null): CbsError {
  const why = reason ? ` "${reason}"` : '';
  return new CbsError(
    'client',
    status,
    url,
    `CBS weigerde het verzoek (${status})${why}: ${url}`,
    `CBS refused the request (${status})${why}: ${url}`,
  );
}

export function serverError(status: number, url: string, attempts: number): CbsError {
  return new CbsError(
    'server',
    status,
    url,
    `CBS gaf een fout (${status}) na ${attempts} pogingen: ${url}`,
    `CBS answered with an error (${status}) after ${attempts} attempts: ${url}`,
  );
}

export function networkError(url: string, cause: unknown, attempts: number): CbsError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new CbsError(
    'network',
    null,
    url,
    `Geen verbinding met CBS na ${attempts} pogingen (${detail}): ${url}`,
    `No connection to CBS after ${attempts} attempts (${detail}): ${url}`,
  );
}

export function timeoutError(url: string, timeoutMs: number, attempts: number): CbsError {
  return new CbsError(
    'timeout',
    null,
    url,
    `CBS antwoordde niet binnen ${timeoutMs} ms (${attempts} pogingen): ${url}`,
    `CBS did not answer within ${timeoutMs} ms (${attempts} attempts): ${url}`,
  );
}

export function malformedError(url: string, whyNl: string, whyEn: string): CbsError {
  return new CbsError(
    'malformed',
    200,
    url,
    `CBS stuurde een onbruikbare pagina (${whyNl}): ${url}`,
    `CBS sent an unusable page (${whyEn}): ${url}`,
  );
}
