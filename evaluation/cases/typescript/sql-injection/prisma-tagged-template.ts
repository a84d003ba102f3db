import { PrismaClient } from '@prisma/client';
import { Request, Response } from 'express';

const prisma = new PrismaClient();

export async function searchUsers(req: Request, res: Response): Promise<void> {
  const name = String(req.query.name);
  const users = await prisma.$queryRaw`SELECT id FROM "User" WHERE name = ${name}`;
  res.json(users);
}
