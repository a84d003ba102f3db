function createResetToken() {
  const resetToken = Math.random().toString(36).slice(2); // expect: insecure-random
  return resetToken;
}

module.exports = { createResetToken };
