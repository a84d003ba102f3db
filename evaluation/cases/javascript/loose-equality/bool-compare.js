function isEnabled(flag) {
  if (flag != true) { // expect: loose-equality
    return false;
  }
  return true;
}

module.exports = { isEnabled };
