function focusFirst(menu) {
  // flagged by the accessibility agent: a positive tabIndex breaks the keyboard order
  menu.firstChild.tabIndex = 3;
}

function focusable(menu) {
  // fine: 0 keeps the natural order
  menu.firstChild.tabIndex = 0;
}

module.exports = { focusFirst, focusable };
