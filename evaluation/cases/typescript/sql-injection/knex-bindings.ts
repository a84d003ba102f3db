import { Knex } from 'knex';
import { Request, Response } from 'express';

export function ordersHandler(knex: Knex) {
  return async (req: Request, res: Response): Promise<void> => {
    const rows = await knex.raw('SELECT * FROM orders WHERE region = ?', [req.params.region]);
    res.json(rows);
  };
}
