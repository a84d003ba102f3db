async function loadUser(db, id) {
  const user = await db.users.findById(id);
  if (!user) {
    throw new Error(`user ${id} not found`);
    return null; // expect: unreachable-code
  }
  return user;
}

module.exports = { loadUser };
