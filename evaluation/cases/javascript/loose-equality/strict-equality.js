function isEmpty(count) {
  return count === 0 || count === '' || count !== count;
}

module.exports = { isEmpty };
