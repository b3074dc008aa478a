/**
 * The `x-finite` schema keyword (issue 9, defect 4). Ajv coerces the query text `Infinity` or `1e309` to the number
 * Infinity, passes it as an integer, and skips `minimum`/`maximum` for a number that is not finite, so
 * `?limit=Infinity` reached SQLite and answered 500. A number schema marked `x-finite: true` refuses it: 400.
 */
import type { FastifyServerOptions } from 'fastify';

/** An Ajv plugin as Fastify's `ajv.plugins` takes it (Ajv is Fastify's, not one of our dependencies). */
type AjvPlugin = Extract<NonNullable<NonNullable<FastifyServerOptions['ajv']>['plugins']>[number], (...args: never[]) => unknown>;

/** Adds the `x-finite` keyword to Fastify's Ajv. */
export const finiteNumbers: AjvPlugin = (ajv) => {
  const validate = (wanted: boolean, data: unknown): boolean => {
    if (!wanted || typeof data !== 'number' || Number.isFinite(data)) return true;
    validate.errors = [{ keyword: 'x-finite', message: `must be a finite number, not ${data}`, params: {} }];
    return false;
  };
  validate.errors = [] as object[];
  return ajv.addKeyword({ keyword: 'x-finite', schemaType: 'boolean', validate, errors: true });
};
