function hasNoSelection(selected) {
  return selected == []; // expect: loose-equality
}

module.exports = { hasNoSelection };
