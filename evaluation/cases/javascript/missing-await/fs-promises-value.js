const fs = require('fs');

async function wordCount(path) {
  const text = fs.promises.readFile(path, 'utf8'); // expect: missing-await
  return text.split(/\s+/).length;
}

module.exports = { wordCount };
