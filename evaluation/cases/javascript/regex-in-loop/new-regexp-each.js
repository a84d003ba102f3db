function highlight(lines, term) {
  return lines.map((line) => {
    const re = new RegExp(term, 'gi'); // expect: regex-in-loop
    return line.replace(re, (m) => `<mark>${m}</mark>`);
  });
}

module.exports = { highlight };
