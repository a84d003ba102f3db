import { randomUUID } from 'crypto';

export function createSession(userId: string) {
  const sessionId = randomUUID();
  return { sessionId, userId, createdAt: Date.now() };
}
