import knexFactory, { Knex } from 'knex';
import { config } from './config';

export const db: Knex = knexFactory({
  client: 'pg',
  connection: config.databaseUrl,
  pool: { min: 1, max: 10 },
});
