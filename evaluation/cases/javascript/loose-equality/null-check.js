function label(user) {
  if (user == null) {
    return 'anonymous';
  }
  return user.name != undefined ? user.name : 'unnamed';
}

module.exports = { label };
