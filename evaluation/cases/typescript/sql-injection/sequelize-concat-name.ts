import { Request, Response } from 'express';
import { QueryTypes, Sequelize } from 'sequelize';

const sequelize = new Sequelize(process.env.DATABASE_URL as string);

export async function productsByName(req: Request, res: Response) {
  const name = req.query.name as string;
  const products = await sequelize.query("SELECT * FROM products WHERE name = '" + name + "'", { type: QueryTypes.SELECT }); // expect: sql-injection
  res.json(products);
}
