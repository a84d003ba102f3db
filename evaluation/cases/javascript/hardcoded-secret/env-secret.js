const jwt = require('jsonwebtoken');

const jwtSecret = process.env.JWT_SECRET;

function issue(userId) {
  return jwt.sign({ sub: userId }, jwtSecret, { expiresIn: '1h' });
}

module.exports = { issue };
