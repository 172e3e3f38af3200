import { errorCodes } from '@/lib/tatodesk/contract/wire/common';

/** A refusal the simulator answers with an HTTP status and Tatodesk's error body. */
export class SimError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new SimError(404, errorCodes.notFound, `${what} not found`);
export const invalid = (message: string) => new SimError(400, errorCodes.invalidRequest, message);
