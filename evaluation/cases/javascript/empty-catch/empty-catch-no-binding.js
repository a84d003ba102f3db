function supportsStorage() {
  let ok = false;
  try {
    window.localStorage.setItem('probe', '1');
    ok = true;
  } catch {} // expect: empty-catch
  return ok;
}

module.exports = { supportsStorage };
