function countMatches(lines, words) {
  let count = 0;
  for (const line of lines) {
    for (const word of words) {
      if (new RegExp(`\\b${word}\\b`).test(line)) { // expect: regex-in-loop
        count++;
      }
    }
  }
  return count;
}

module.exports = { countMatches };
