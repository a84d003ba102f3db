'use strict';

// Renders a counter badge from numbers only.
function badge(count) {
  const n = Number(count) | 0;
  return '<span class="badge">' + n + '</span>';
}

function greet(req, res) {
  res.send('<p>Hello ' + req.query.name + '</p>');
}

module.exports = { badge, greet };
