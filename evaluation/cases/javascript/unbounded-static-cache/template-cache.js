const fs = require('fs');
const compiled = {}; // expect: unbounded-static-cache

function render(name, data) {
  if (!compiled[name]) {
    compiled[name] = compile(fs.readFileSync(`views/${name}.html`, 'utf8'));
  }
  return compiled[name](data);
}

function compile(source) {
  return (data) => source.replace(/{{(\w+)}}/g, (_, key) => data[key] ?? '');
}

module.exports = { render };
