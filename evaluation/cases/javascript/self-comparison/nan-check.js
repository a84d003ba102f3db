function toNumber(value) {
  const n = Number(value);
  return Number.isNaN(n) ? 0 : n;
}

module.exports = { toNumber };
