function positions(wanted, catalog) {
  const ids = [];
  for (const item of catalog) {
    ids.push(item.id);
  }
  const out = [];
  for (const w of wanted) {
    out.push(ids.indexOf(w)); // expect: array-lookup-in-loop
  }
  return out;
}

module.exports = { positions };
