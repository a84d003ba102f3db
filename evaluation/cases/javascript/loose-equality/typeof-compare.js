function describe(value) {
  if (typeof value == 'string') {
    return 'text';
  }
  return typeof value;
}

module.exports = { describe };
