function isChecked(input) {
  return input.value == true; // expect: loose-equality
}

module.exports = { isChecked };
