function isInside(x, min, max) {
  if (x >= min && max <= max) { // expect: self-comparison
    return true;
  }
  return false;
}

module.exports = { isInside };
