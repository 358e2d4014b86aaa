// Errors the API answers with: a status, a plain message (Dutch first) and, for 400, the parameter at fault.

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

export const notFound = (message: string) => new ApiError(404, message);
export const badRequest = (parameter: string, message: string) =>
  new ApiError(400, `${parameter}: ${message}`, parameter);
