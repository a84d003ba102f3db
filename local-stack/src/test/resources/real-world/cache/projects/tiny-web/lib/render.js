'use strict';

// Renders a counter badge from numbers only.
function badge(count) {
  const n = Number(count) | 0;
  return '<span class="badge">' + n + '</span>';
}

function greet(res, name) {
  res.send('<p>Hello ' + name + '</p>');
}

module.exports = { badge, greet };
