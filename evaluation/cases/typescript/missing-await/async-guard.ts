async function hasQuota(userId: string): Promise<boolean> {
  const res = await fetch(`/api/quota/${userId}`);
  return (await res.json()).remaining > 0;
}

export async function upload(userId: string, send: () => Promise<void>): Promise<void> {
  if (!hasQuota(userId)) { // expect: missing-await
    throw new Error('quota exceeded');
  }
  await send();
}
