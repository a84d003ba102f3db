function isEmpty(countText) {
  return countText == 0; // expect: loose-equality
}

module.exports = { isEmpty };
