function newcomers(today, knownRows) {
  const known = knownRows.map((r) => r.email);
  return today.filter((email) => !known.includes(email)); // expect: array-lookup-in-loop
}

module.exports = { newcomers };
