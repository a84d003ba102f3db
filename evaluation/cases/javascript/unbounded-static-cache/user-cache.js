const userCache = new Map(); // expect: unbounded-static-cache

async function getUser(db, id) {
  if (userCache.has(id)) {
    return userCache.get(id);
  }
  const user = await db.users.findById(id);
  userCache.set(id, user);
  return user;
}

module.exports = { getUser };
