export function displayName(user?: { name?: string }): string {
  if (user == undefined || user.name == null) {
    return 'anonymous';
  }
  return user.name;
}
