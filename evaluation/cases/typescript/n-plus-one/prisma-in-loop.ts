import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function ownerEmails(projectIds: number[]): Promise<string[]> {
  const emails: string[] = [];
  for (const id of projectIds) {
    const project = await prisma.project.findUnique({ where: { id }, include: { owner: true } }); // expect: n-plus-one
    if (project) emails.push(project.owner.email);
  }
  return emails;
}
