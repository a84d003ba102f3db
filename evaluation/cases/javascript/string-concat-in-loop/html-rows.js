function renderRows(rows) {
  let html = '';
  for (const row of rows) {
    html += `<tr><td>${row.name}</td></tr>`; // expect: string-concat-in-loop
  }
  return html;
}

module.exports = { renderRows };
