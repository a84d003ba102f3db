async function isAllowed(user) {
  const res = await fetch(`/api/acl/${user}`);
  return res.ok;
}

async function openDoor(user, door) {
  if (isAllowed(user)) { // expect: missing-await
    door.open();
  }
}

module.exports = { openDoor };
