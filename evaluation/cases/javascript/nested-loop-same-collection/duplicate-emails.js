function findDuplicates(users) {
  const duplicates = [];
  for (const a of users) {
    for (const b of users) { // expect: nested-loop-same-collection
      if (a.id !== b.id && a.email.toLowerCase() === b.email.toLowerCase()) {
        duplicates.push(a);
      }
    }
  }
  return duplicates;
}

module.exports = { findDuplicates };
