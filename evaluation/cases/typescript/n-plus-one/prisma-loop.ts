import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function ordersWithCustomers(ids: number[]) {
  const result = [];
  for (const id of ids) {
    const order = await prisma.order.findUnique({ where: { id } }); // expect: n-plus-one
    result.push(order);
  }
  return result;
}
