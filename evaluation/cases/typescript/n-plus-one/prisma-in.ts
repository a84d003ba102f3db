import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function ordersWithCustomers(ids: number[]) {
  return prisma.order.findMany({ where: { id: { in: ids } }, include: { customer: true } });
}
