function pad(text, width) {
  let out = text;
  while (out.length < width) {
    out += ' '; // expect: string-concat-in-loop
  }
  return out;
}

module.exports = { pad };
