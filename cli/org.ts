/**
 * `company-contacts org create NAME [--db FILE|URL]`, `org list [--db FILE|URL]`: the organisations of a directory
 * server (issue 10), each a directory walled off from the others. Give an organisation its first admin token with
 * `token create --name N --role admin --org NAME`.
 */
import { parseArgs } from 'node:util';
import { createOrganisation, OrganisationError } from '../server/organisations/create-organisation';
import { databaseOf, databaseOption, now, withStore } from './open-database';
import { usageError } from './usage';

export const usage = 'org create NAME [--db FILE|URL] | org list [--db FILE|URL]   manage organisations (one directory each)';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...databaseOption } });
  const [action, ...rest] = positionals;
  const db = databaseOf(values);
  switch (action) {
    case 'create': {
      const name = rest[0];
      if (name === undefined || rest.length > 1) return usageError('org create needs one NAME.', usage);
      return withStore(db, true, async (store) => {
        try {
          const organisation = await createOrganisation(store, name, now());
          process.stderr.write(
            `Organisation "${organisation.name}" created. Give it an admin token: token create --name NAME --role admin --org ${organisation.name}\n`,
          );
          return 0;
        } catch (error) {
          if (!(error instanceof OrganisationError)) throw error;
          process.stderr.write(`${error.message}\n`);
          return 1;
        }
      });
    }
    case 'list':
      if (rest.length > 0) return usageError('org list takes no arguments.', usage);
      return withStore(db, false, async (store) => {
        for (const organisation of await store.listOrganisations()) {
          const { name, createdAt, contacts, tokens } = organisation;
          process.stdout.write(`${name}\tcreated ${createdAt}\t${plural(contacts, 'contact')}\t${plural(tokens, 'active token')}\n`);
        }
        return 0;
      });
    default:
      return usageError(action === undefined ? 'Missing action.' : `Unknown action "${action}".`, usage);
  }
}
