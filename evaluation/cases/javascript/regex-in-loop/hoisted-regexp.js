function highlight(lines, term) {
  const re = new RegExp(term, 'gi');
  return lines.map((line) => line.replace(re, (m) => `<mark>${m}</mark>`));
}

module.exports = { highlight };
