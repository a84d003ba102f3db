function newSessionId(userId) {
  const sessionId = `${userId}-${Math.floor(Math.random() * 1e12)}`; // expect: insecure-random
  return sessionId;
}

module.exports = { newSessionId };
