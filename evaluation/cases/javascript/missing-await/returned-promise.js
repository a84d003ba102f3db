async function isAllowed(user) {
  const res = await fetch(`/api/acl/${user}`);
  return res.ok;
}

function checkAll(users) {
  const checks = users.map((u) => isAllowed(u));
  return Promise.all(checks);
}

module.exports = { checkAll };
