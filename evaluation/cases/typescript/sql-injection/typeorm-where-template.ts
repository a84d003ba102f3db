import { Request, Response } from 'express';
import { AppDataSource } from './data-source';
import { User } from './entity/User';

export async function findUsers(req: Request, res: Response) {
  const role = req.query.role as string;
  const users = await AppDataSource.getRepository(User)
    .createQueryBuilder('user')
    .where(`user.role = '${role}'`) // expect: sql-injection
    .getMany();
  res.json(users);
}
