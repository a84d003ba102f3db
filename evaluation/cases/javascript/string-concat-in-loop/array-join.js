function renderRows(rows) {
  const parts = [];
  for (const row of rows) {
    parts.push(`<tr><td>${row.name}</td></tr>`);
  }
  return parts.join('');
}

module.exports = { renderRows };
