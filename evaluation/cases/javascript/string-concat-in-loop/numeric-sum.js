function totalLength(words) {
  let total = 0;
  for (const word of words) {
    total += word.length;
  }
  return `words: ${total}`;
}

module.exports = { totalLength };
