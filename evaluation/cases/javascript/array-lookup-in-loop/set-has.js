function newcomers(today, knownRows) {
  const known = new Set(knownRows.map((r) => r.email));
  return today.filter((email) => !known.has(email));
}

module.exports = { newcomers };
