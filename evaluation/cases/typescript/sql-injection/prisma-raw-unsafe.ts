import { PrismaClient } from '@prisma/client';
import { Request, Response } from 'express';

const prisma = new PrismaClient();

export async function searchUsers(req: Request, res: Response): Promise<void> {
  const name = String(req.query.name);
  const users = await prisma.$queryRawUnsafe(`SELECT id FROM "User" WHERE name = '${name}'`); // expect: sql-injection
  res.json(users);
}
