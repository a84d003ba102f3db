function isAllowed(user, acl) {
  return acl.includes(user);
}

async function openDoor(user, door, acl) {
  if (isAllowed(user, acl)) {
    await door.open();
  }
}

module.exports = { openDoor };
