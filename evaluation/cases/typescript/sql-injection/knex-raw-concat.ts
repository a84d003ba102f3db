import { Knex } from 'knex';
import { Request, Response } from 'express';

export function ordersHandler(knex: Knex) {
  return async (req: Request, res: Response): Promise<void> => {
    const region: string = req.params.region;
    const rows = await knex.raw('SELECT * FROM orders WHERE region = \'' + region + '\''); // expect: sql-injection
    res.json(rows);
  };
}
