const double = new Function('x', 'return x * 2;');

function scheduleRefresh(refresh) {
  setTimeout(() => refresh(double(21)), 1000);
}

module.exports = { scheduleRefresh };
