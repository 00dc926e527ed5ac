import { OpenAPIHono } from '@hono/zod-openapi';
import { ErrorSchema, validationHook } from './errors.js';

// Every API router validates with the same hook, so every bad input is the same 400 shape.
export function newRouter(): OpenAPIHono {
  return new OpenAPIHono({ defaultHook: validationHook });
}

const described: Record<number, string> = {
  400: 'bad input: a parameter or the body failed validation, or the question cannot be answered',
  401: 'no bearer token given',
  403: 'wrong bearer token, or writes are disabled on this server (no ACCORD_TOKEN)',
  404: 'nothing by that name or id',
  413: 'the body is larger than the limit',
  415: 'the body is not of a supported media type',
  503: 'busy: as many exports and article posts as the server takes at once are running (try again after Retry-After seconds), or it is stopping',
};

// The error responses of a route, for the OpenAPI document: `errors(400, 404)`.
export function errors(...codes: (keyof typeof described & number)[]) {
  return Object.fromEntries(codes.map((code) => [code, { description: described[code] as string, content: { 'application/json': { schema: ErrorSchema } } }]));
}

export const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
